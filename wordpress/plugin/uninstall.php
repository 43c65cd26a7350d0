<?php
/**
 * Removes the plugin's one option when the plugin is deleted.
 *
 * @package CohesionAlliance
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'cohesion_alliance' );
