<?php
/**
 * The settings page (Settings → #CohesionAlliance): where the library comes from, the default feed, the default
 * appearance. One option, `cohesion_alliance`, sanitised on save.
 *
 * @package CohesionAlliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The settings, with their defaults.
 *
 * @return array{source: string, server: string, feed: string, appearance: string}
 */
function cohesion_alliance_settings() {
	$saved = get_option( 'cohesion_alliance', array() );
	return cohesion_alliance_sanitize_settings( is_array( $saved ) ? $saved : array() );
}

/**
 * Keeps known settings with valid values: a library address must be an http or https address ending in `.js` (a
 * module loads its siblings relative to it), a feed an http or https address, an appearance one of the three.
 *
 * @param mixed $input Submitted values.
 * @return array{source: string, server: string, feed: string, appearance: string}
 */
function cohesion_alliance_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$server = isset( $input['server'] ) && is_string( $input['server'] ) ? esc_url_raw( trim( $input['server'] ), array( 'http', 'https' ) ) : '';
	if ( '' !== $server && ! preg_match( '/\.m?js$/', (string) wp_parse_url( $server, PHP_URL_PATH ) ) ) {
		$server = '';
	}
	$feed       = isset( $input['feed'] ) && is_string( $input['feed'] ) ? esc_url_raw( trim( $input['feed'] ), array( 'http', 'https' ) ) : '';
	$appearance = isset( $input['appearance'] ) && in_array( $input['appearance'], cohesion_alliance_widgets()['widgets']['join-badge']['attributes']['appearance']['values'], true ) ? $input['appearance'] : 'auto';
	$source     = isset( $input['source'] ) && 'server' === $input['source'] && '' !== $server ? 'server' : 'bundled';
	return array(
		'source'     => $source,
		'server'     => $server,
		'feed'       => $feed,
		'appearance' => $appearance,
	);
}

function cohesion_alliance_register_settings() {
	register_setting(
		'cohesion_alliance',
		'cohesion_alliance',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'cohesion_alliance_sanitize_settings',
			'default'           => cohesion_alliance_sanitize_settings( array() ),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'cohesion_alliance_register_settings' );

function cohesion_alliance_settings_menu() {
	add_options_page( '#CohesionAlliance', '#CohesionAlliance', 'manage_options', 'cohesion-alliance', 'cohesion_alliance_settings_page' );
}
add_action( 'admin_menu', 'cohesion_alliance_settings_menu' );

function cohesion_alliance_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = cohesion_alliance_settings();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php settings_fields( 'cohesion_alliance' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Library', 'cohesion-alliance' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Library', 'cohesion-alliance' ); ?></legend>
							<label><input type="radio" name="cohesion_alliance[source]" value="bundled" <?php checked( $settings['source'], 'bundled' ); ?>> <?php esc_html_e( 'Bundled with the plugin (served by this site)', 'cohesion-alliance' ); ?></label><br>
							<label><input type="radio" name="cohesion_alliance[source]" value="server" <?php checked( $settings['source'], 'server' ); ?>> <?php esc_html_e( 'From a central server:', 'cohesion-alliance' ); ?></label>
							<input type="url" class="regular-text code" id="cohesion-alliance-server" name="cohesion_alliance[server]" value="<?php echo esc_attr( $settings['server'] ); ?>" placeholder="https://…/cohesion-alliance.js" aria-describedby="cohesion-alliance-server-help">
							<p class="description" id="cohesion-alliance-server-help"><?php esc_html_e( 'The address of cohesion-alliance.js on a server your organisation runs (https on an https site), with its language files beside it, allowed to other sites (CORS). Readers’ browsers will request it.', 'cohesion-alliance' ); ?></p>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="cohesion-alliance-feed"><?php esc_html_e( 'Default feed', 'cohesion-alliance' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" id="cohesion-alliance-feed" name="cohesion_alliance[feed]" value="<?php echo esc_attr( $settings['feed'] ); ?>" aria-describedby="cohesion-alliance-feed-help">
						<p class="description" id="cohesion-alliance-feed-help"><?php esc_html_e( 'A JSON feed with newer figures or documents, for every widget without its own. Empty: the built-in data.', 'cohesion-alliance' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="cohesion-alliance-appearance"><?php esc_html_e( 'Default appearance', 'cohesion-alliance' ); ?></label></th>
					<td>
						<select id="cohesion-alliance-appearance" name="cohesion_alliance[appearance]">
							<option value="auto" <?php selected( $settings['appearance'], 'auto' ); ?>><?php esc_html_e( 'Automatic: follows the reader’s light or dark setting', 'cohesion-alliance' ); ?></option>
							<option value="light" <?php selected( $settings['appearance'], 'light' ); ?>><?php esc_html_e( 'Light', 'cohesion-alliance' ); ?></option>
							<option value="dark" <?php selected( $settings['appearance'], 'dark' ); ?>><?php esc_html_e( 'Dark', 'cohesion-alliance' ); ?></option>
						</select>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
