<?php
/**
 * Plugin Name:       #CohesionAlliance widgets
 * Description:       The #CohesionAlliance's join badge, supporter counter, declaration summary and document picker, as blocks and shortcodes, in the 24 official EU languages.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * License:           EUPL-1.2
 * License URI:       https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12
 * Text Domain:       cohesion-alliance
 *
 * @package CohesionAlliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'COHESION_ALLIANCE_VERSION', '0.1.0' );
define( 'COHESION_ALLIANCE_DIR', plugin_dir_path( __FILE__ ) );
define( 'COHESION_ALLIANCE_MODULE', '@cohesion-alliance/widgets' );

require_once COHESION_ALLIANCE_DIR . 'includes/render.php';
require_once COHESION_ALLIANCE_DIR . 'includes/settings.php';

/** The shortcodes, one per widget: `[cohesion_join_badge]` and so on. */
function cohesion_alliance_shortcodes() {
	$shortcodes = array();
	foreach ( array_keys( cohesion_alliance_widgets()['widgets'] ) as $widget ) {
		$shortcodes[ 'cohesion_' . str_replace( '-', '_', $widget ) ] = $widget;
	}
	return $shortcodes;
}

/**
 * Renders a shortcode. A bare name (`[cohesion_join_badge show_count]`) arrives as a numbered value: it switches
 * that boolean attribute on.
 *
 * @param array|string $attributes Shortcode attributes.
 * @param string|null  $content    Ignored: the fallback content is the plugin's.
 * @param string       $shortcode  The shortcode's name.
 */
function cohesion_alliance_shortcode( $attributes, $content, $shortcode ) {
	$widget = cohesion_alliance_shortcodes()[ $shortcode ] ?? '';
	$given  = array();
	foreach ( is_array( $attributes ) ? $attributes : array() as $name => $value ) {
		if ( is_int( $name ) && is_string( $value ) ) {
			$given[ $value ] = 'true';
		} else {
			$given[ $name ] = $value;
		}
	}
	return cohesion_alliance_render( $widget, $given );
}

/**
 * Renders a block: the element inside the block's wrapper.
 *
 * @param string $widget     Widget name.
 * @param array  $attributes The block's attributes.
 */
function cohesion_alliance_render_block( $widget, $attributes ) {
	return '<div ' . get_block_wrapper_attributes() . '>' . cohesion_alliance_render( $widget, $attributes ) . '</div>';
}

/** The address of the library: the bundled self-contained file, or the central server the site names. */
function cohesion_alliance_library_url() {
	$settings = cohesion_alliance_settings();
	if ( 'server' === $settings['source'] && '' !== $settings['server'] ) {
		return $settings['server'];
	}
	return plugins_url( 'assets/cohesion-alliance.js', __FILE__ );
}

function cohesion_alliance_init() {
	// Registered once; only a render callback enqueues it, so a page without a widget loads nothing of ours.
	wp_register_script_module( COHESION_ALLIANCE_MODULE, cohesion_alliance_library_url(), array(), COHESION_ALLIANCE_VERSION );

	// The editor script needs no build: it uses the editor's own globals.
	wp_register_script(
		'cohesion-alliance-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		COHESION_ALLIANCE_VERSION,
		true
	);
	$widgets = cohesion_alliance_widgets();
	wp_add_inline_script( 'cohesion-alliance-editor', 'window.cohesionAllianceWidgets = ' . wp_json_encode( $widgets ) . ';', 'before' );
	wp_set_script_translations( 'cohesion-alliance-editor', 'cohesion-alliance', COHESION_ALLIANCE_DIR . 'languages' );

	foreach ( array_keys( $widgets['widgets'] ) as $widget ) {
		register_block_type( COHESION_ALLIANCE_DIR . 'blocks/' . $widget );
	}
	foreach ( array_keys( cohesion_alliance_shortcodes() ) as $shortcode ) {
		add_shortcode( $shortcode, 'cohesion_alliance_shortcode' );
	}
}
add_action( 'init', 'cohesion_alliance_init' );

/**
 * One translation file per language serves every locale of it (de_DE, de_AT, de_DE_formal).
 *
 * @param string|false $file   The file WordPress looks for.
 * @param string       $handle The script's handle.
 * @param string       $domain The text domain.
 */
function cohesion_alliance_translation_file( $file, $handle, $domain ) {
	if ( 'cohesion-alliance' !== $domain || 'cohesion-alliance-editor' !== $handle ) {
		return $file;
	}
	$lang = cohesion_alliance_language( determine_locale() );
	return COHESION_ALLIANCE_DIR . 'languages/cohesion-alliance-' . $lang . '-cohesion-alliance-editor.json';
}
add_filter( 'load_script_translation_file', 'cohesion_alliance_translation_file', 10, 3 );
