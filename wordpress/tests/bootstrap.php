<?php
/**
 * Loads the WordPress named by COHESION_WP_LOAD (its wp-load.php), in which the plugin is active: the tests call
 * WordPress's own escaping, not stand-ins.
 *
 * @package CohesionAlliance
 */

$cohesion_wp_load = getenv( 'COHESION_WP_LOAD' );
if ( ! $cohesion_wp_load || ! is_file( $cohesion_wp_load ) ) {
	fwrite( STDERR, "Set COHESION_WP_LOAD to the wp-load.php of a WordPress with the plugin active (npm run test:wordpress does).\n" );
	exit( 1 );
}

// PHPUnit includes this file inside a method: WordPress's files expect these to be globals.
global $table_prefix, $wpdb, $wp, $wp_rewrite, $wp_query, $wp_the_query, $shortcode_tags, $wp_version, $wp_db_version, $wp_locale, $wp_embed, $wp_roles;
$_SERVER['HTTP_HOST'] = 'localhost';
require $cohesion_wp_load;

if ( ! function_exists( 'cohesion_alliance_render' ) ) {
	fwrite( STDERR, "The plugin is not active in that WordPress.\n" );
	exit( 1 );
}
