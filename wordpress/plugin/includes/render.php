<?php
/**
 * The one renderer of the blocks and the shortcodes: an allowlist of each element's attributes, and the element
 * written with its fallback content, in the language of its place, for readers without JavaScript.
 *
 * @package CohesionAlliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The widgets, their attributes and the allowed values, as the build took them from the elements.
 *
 * @return array<string, mixed>
 */
function cohesion_alliance_widgets() {
	static $widgets = null;
	if ( null === $widgets ) {
		$widgets = json_decode( (string) file_get_contents( COHESION_ALLIANCE_DIR . 'widgets.json' ), true );
	}
	return $widgets;
}

/**
 * What the fallback content is written from: texts, figures, documents, in every language.
 *
 * @return array<string, mixed>
 */
function cohesion_alliance_fallback_data() {
	static $data = null;
	if ( null === $data ) {
		$data = json_decode( (string) file_get_contents( COHESION_ALLIANCE_DIR . 'fallback.json' ), true );
	}
	return $data;
}

/**
 * One of the 24 languages from a language tag or a WordPress locale (`de`, `de-AT`, `de_DE_formal`), or ''.
 *
 * @param mixed $tag Language tag or locale.
 * @return string
 */
function cohesion_alliance_language( $tag ) {
	if ( ! is_string( $tag ) ) {
		return '';
	}
	$primary = strtolower( (string) strtok( str_replace( '_', '-', trim( $tag ) ), '-' ) );
	$widgets = cohesion_alliance_widgets();
	return isset( $widgets['languages'][ $primary ] ) ? $primary : '';
}

/** The site's language among the 24, English when it is none of them. */
function cohesion_alliance_site_language() {
	$lang = cohesion_alliance_language( get_locale() );
	return '' === $lang ? 'en' : $lang;
}

/**
 * Keeps the attributes the element knows, with values it accepts; drops everything else. Names may be written
 * with hyphens, underscores or in camelCase (`show-count`, `show_count`, `showCount`).
 *
 * @param string $widget     Widget name (`join-badge`).
 * @param array  $attributes Attributes as given by a shortcode or a block.
 * @return array<string, string|int|bool> Attribute name (as the element writes it) → clean value.
 */
function cohesion_alliance_clean_attributes( $widget, $attributes ) {
	$widgets = cohesion_alliance_widgets();
	if ( ! isset( $widgets['widgets'][ $widget ] ) || ! is_array( $attributes ) ) {
		return array();
	}
	$specs = $widgets['widgets'][ $widget ]['attributes'];
	$clean = array();
	foreach ( $attributes as $name => $value ) {
		if ( ! is_string( $name ) ) {
			continue;
		}
		$name = strtolower( str_replace( '_', '-', preg_replace( '/([a-z])([A-Z])/', '$1-$2', $name ) ) );
		if ( 'lang' === $name ) {
			$lang = cohesion_alliance_language( $value );
			if ( '' !== $lang ) {
				$clean['lang'] = $lang;
			}
			continue;
		}
		if ( ! isset( $specs[ $name ] ) ) {
			continue;
		}
		$value = cohesion_alliance_clean_value( $specs[ $name ], $value );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/**
 * One attribute's value as the element accepts it, or null when it does not.
 *
 * @param array $spec  The attribute's kind and allowed values.
 * @param mixed $value The value given.
 * @return string|int|bool|null
 */
function cohesion_alliance_clean_value( $spec, $value ) {
	if ( is_bool( $value ) ) {
		return 'boolean' === $spec['kind'] ? $value : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $spec['kind'] ) {
		case 'boolean':
			// A shortcode's bare `show_count` arrives as a value, not a name; "false", "0" and "no" mean off.
			return ! in_array( strtolower( $value ), array( 'false', '0', 'no', 'off' ), true );
		case 'enum':
			foreach ( $spec['values'] as $allowed ) {
				if ( (string) $allowed === $value ) {
					return $allowed;
				}
			}
			return null;
		case 'tokens':
			$tokens = array_values( array_unique( array_intersect( preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY ), $spec['values'] ) ) );
			return $tokens ? implode( ' ', $tokens ) : null;
		case 'integer':
			if ( ! preg_match( '/^\d{1,9}$/', $value ) ) {
				return null;
			}
			return min( max( (int) $value, $spec['minimum'] ), $spec['maximum'] );
		case 'url':
			$url = esc_url_raw( $value, array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		case 'text':
			$text = sanitize_text_field( $value );
			return '' === $text ? null : mb_substr( $text, 0, 200 );
	}
	return null;
}

/**
 * The element's attributes from the block's or shortcode's, with the site's defaults (feed, appearance) for those
 * not given.
 *
 * @param string $widget     Widget name.
 * @param array  $attributes Attributes as given.
 * @return array<string, string|int|bool>
 */
function cohesion_alliance_attributes_with_defaults( $widget, $attributes ) {
	$clean    = cohesion_alliance_clean_attributes( $widget, $attributes );
	$settings = cohesion_alliance_settings();
	$specs    = cohesion_alliance_widgets()['widgets'][ $widget ]['attributes'];
	if ( ! isset( $clean['src'] ) && isset( $specs['src'] ) && '' !== $settings['feed'] ) {
		$clean['src'] = $settings['feed'];
	}
	if ( ! isset( $clean['appearance'] ) && 'auto' !== $settings['appearance'] ) {
		$clean['appearance'] = $settings['appearance'];
	}
	return $clean;
}

/**
 * The element, escaped, with its fallback content; enqueues the library's script module.
 *
 * @param string $widget     Widget name (`join-badge`, `supporter-counter`, `declaration-summary`, `document-picker`).
 * @param array  $attributes Attributes as a shortcode or a block gives them.
 * @return string HTML.
 */
function cohesion_alliance_render( $widget, $attributes ) {
	$widgets = cohesion_alliance_widgets();
	if ( ! isset( $widgets['widgets'][ $widget ] ) ) {
		return '';
	}
	$tag   = $widgets['widgets'][ $widget ]['tag'];
	$clean = cohesion_alliance_attributes_with_defaults( $widget, $attributes );
	$lang  = isset( $clean['lang'] ) ? $clean['lang'] : cohesion_alliance_site_language();

	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( COHESION_ALLIANCE_MODULE );
	}

	$html = '<' . $tag;
	foreach ( $clean as $name => $value ) {
		if ( false === $value ) {
			continue;
		}
		$html .= ' ' . $name;
		if ( true !== $value ) {
			$kind  = 'lang' === $name ? 'enum' : $widgets['widgets'][ $widget ]['attributes'][ $name ]['kind'];
			$html .= '="' . ( 'url' === $kind ? esc_url( $value ) : esc_attr( (string) $value ) ) . '"';
		}
	}
	return $html . '>' . cohesion_alliance_fallback( $widget, $clean, $lang ) . '</' . $tag . '>';
}

/**
 * A message with its `{0}`, `{1}` placeholders filled in, escaped for HTML.
 *
 * @param string $text   The message.
 * @param string ...$values Values for the placeholders.
 */
function cohesion_alliance_message( $text, ...$values ) {
	return esc_html( preg_replace_callback( '/\{(\d+)\}/', static fn( $m ) => $values[ (int) $m[1] ] ?? '', $text ) );
}

/**
 * The first of `$wanted` (then English, French, German) that `$available` has, else the first available.
 *
 * @param string[] $available Languages available.
 * @param string[] $wanted    Languages wanted, in order.
 */
function cohesion_alliance_document_language( $available, $wanted ) {
	$data = cohesion_alliance_fallback_data();
	foreach ( array_merge( $wanted, $data['fallbackLanguages'] ) as $lang ) {
		if ( '' !== $lang && in_array( $lang, $available, true ) ) {
			return $lang;
		}
	}
	return $available[0];
}

/**
 * What readers without JavaScript get inside the element, in `$lang`: the badge's link, the counter's figures as
 * text, the declaration's heading and link, the documents' titles and links.
 *
 * @param string $widget Widget name.
 * @param array  $attrs  Clean attributes.
 * @param string $lang   The language of the widget's place.
 */
function cohesion_alliance_fallback( $widget, $attrs, $lang ) {
	$data  = cohesion_alliance_fallback_data();
	$texts = $data['languages'][ $lang ]['texts'];
	switch ( $widget ) {
		case 'join-badge':
			// Marked as fallback only: the badge, once running, keeps its own wording in the language of its place.
			$href = isset( $attrs['href'] ) ? $attrs['href'] : $data['languages'][ $lang ]['alliancePage'];
			$text = isset( $attrs['label'] ) ? $attrs['label'] : $texts[ 'supporter' === ( $attrs['variant'] ?? '' ) ? 'badge.supporter' : 'badge.join' ];
			return '<a data-fallback href="' . esc_url( $href ) . '">' . esc_html( $text ) . '</a>';

		case 'supporter-counter':
			$chosen   = isset( $attrs['categories'] ) ? explode( ' ', $attrs['categories'] ) : array_keys( $data['languages'][ $lang ]['figures'] );
			$notation = $attrs['notation'] ?? 'standard';
			$items    = '';
			foreach ( $chosen as $category ) {
				$figure = $data['languages'][ $lang ]['figures'][ $category ];
				$number = $figure[ $notation ];
				$items .= '<dt>' . esc_html( $texts[ 'counter.' . $category ] ) . '</dt><dd>'
					. ( $figure['lowerBound'] ? cohesion_alliance_message( $texts['counter.lowerBound'], $number ) : esc_html( $number ) ) . '</dd>';
			}
			return '<dl>' . $items . '</dl><p>' . esc_html( $data['languages'][ $lang ]['asOf'] ) . '</p>';

		case 'declaration-summary':
			$editions = $data['documents'][ $data['declaration'] ]['editions'];
			$shown    = cohesion_alliance_document_language( array_keys( $editions ), array( $lang ) );
			$level    = (int) ( $attrs['heading-level'] ?? 2 );
			$read     = $shown === $lang ? esc_html( $texts['declaration.read'] ) : cohesion_alliance_message( $texts['declaration.readIn'], $data['languages'][ $shown ]['autonym'] );
			return '<h' . $level . '>' . esc_html( $texts['declaration.heading'] ) . '</h' . $level . '><p><a href="' . esc_url( $editions[ $shown ] ) . '"'
				. ( $shown === $lang ? '' : ' hreflang="' . esc_attr( $shown ) . '"' ) . '>' . $read . '</a></p>';

		case 'document-picker':
			$ids   = isset( $attrs['documents'] ) ? explode( ' ', $attrs['documents'] ) : array_keys( $data['documents'] );
			$level = (int) ( $attrs['heading-level'] ?? 3 );
			$html  = '';
			foreach ( $ids as $id ) {
				$document  = $data['documents'][ $id ];
				$available = array_keys( $document['editions'] );
				$shown     = cohesion_alliance_document_language( $available, array( $attrs['document-lang'] ?? '', $lang ) );
				$own       = $data['languages'][ $shown ]['titles'][ $id ] ?? null;
				$html     .= '<section data-document="' . esc_attr( $id ) . '"><h' . $level . ' lang="' . esc_attr( null !== $own ? $shown : $document['fallbackTitleLang'] ) . '">'
					. esc_html( $own ?? $document['fallbackTitle'] ) . '</h' . $level . '>';
				if ( ! in_array( $lang, $available, true ) ) {
					$html .= '<p>' . esc_html( $texts['picker.notAvailable'] ) . ' ' . cohesion_alliance_message( $texts['picker.shownInstead'], $data['languages'][ $shown ]['autonym'] ) . '</p>';
				}
				// No `hreflang`: the picker would read the link as a version of the document, and a page is not the file.
				$html .= '<p><a href="' . esc_url( $document['editions'][ $shown ] ) . '">' . esc_html( $texts['picker.fromPage'] ) . '</a></p></section>';
			}
			return $html;
	}
	return '';
}
