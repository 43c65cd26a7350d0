<?php
/**
 * Server rendering of the block: the element with its fallback content.
 *
 * @package CohesionAlliance
 * @var array $attributes The block's attributes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

echo cohesion_alliance_render_block( 'supporter-counter', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by the renderer.
