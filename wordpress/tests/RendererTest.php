<?php
/**
 * The renderer that blocks and shortcodes share, and its allowlist.
 *
 * @package CohesionAlliance
 */

use PHPUnit\Framework\TestCase;

final class RendererTest extends TestCase {

	protected function tearDown(): void {
		delete_option( 'cohesion_alliance' );
		switch_to_locale( 'en_US' );
	}

	/** The attributes the element would be written with, as parsed back from the HTML. */
	private function element( string $html ): DOMElement {
		$document = new DOMDocument();
		libxml_use_internal_errors( true );
		$document->loadHTML( '<?xml encoding="utf-8"?><body>' . $html . '</body>' );
		libxml_clear_errors();
		return $document->getElementsByTagName( 'body' )->item( 0 )->firstChild;
	}

	public function test_keeps_allowed_attributes_written_with_hyphens_underscores_or_in_camel_case(): void {
		$this->assertSame(
			array( 'variant' => 'supporter', 'show-count' => true, 'size' => 'l', 'lang' => 'de' ),
			cohesion_alliance_clean_attributes( 'join-badge', array( 'variant' => 'supporter', 'show_count' => 'true', 'size' => 'l', 'lang' => 'de_DE' ) )
		);
		$this->assertSame( array( 'heading-level' => 3 ), cohesion_alliance_clean_attributes( 'declaration-summary', array( 'headingLevel' => 3 ) ) );
		$this->assertSame( array( 'heading-level' => 4 ), cohesion_alliance_clean_attributes( 'document-picker', array( 'heading_level' => '4' ) ) );
	}

	public function test_drops_attributes_the_element_does_not_have(): void {
		$this->assertSame(
			array(),
			cohesion_alliance_clean_attributes( 'join-badge', array( 'onclick' => 'alert(1)', 'style' => 'x', 'class' => 'y', 'categories' => 'regions', 0 => 'show_count' ) )
		);
		$this->assertSame( array(), cohesion_alliance_clean_attributes( 'no-such-widget', array( 'variant' => 'join' ) ) );
	}

	public function test_drops_values_outside_the_allowed_ones(): void {
		$this->assertSame(
			array(),
			cohesion_alliance_clean_attributes(
				'join-badge',
				array( 'variant' => 'supporter onclick=alert(1)', 'size' => 'xl', 'appearance' => 'DARK', 'lang' => '"><script>' )
			)
		);
		$this->assertSame( array(), cohesion_alliance_clean_attributes( 'declaration-summary', array( 'heading-level' => '1' ) ) );
		$this->assertSame( array(), cohesion_alliance_clean_attributes( 'supporter-counter', array( 'notation' => array( 'compact' ) ) ) );
	}

	public function test_reads_booleans_as_a_shortcode_writes_them(): void {
		$this->assertSame( array( 'collapsed' => true ), cohesion_alliance_clean_attributes( 'declaration-summary', array( 'collapsed' => '' ) ) );
		foreach ( array( 'false', '0', 'no', 'off', false ) as $off ) {
			$this->assertSame( array( 'collapsed' => false ), cohesion_alliance_clean_attributes( 'declaration-summary', array( 'collapsed' => $off ) ) );
		}
	}

	public function test_keeps_known_tokens_of_a_list_once_each(): void {
		$this->assertSame( array( 'categories' => 'regions cities' ), cohesion_alliance_clean_attributes( 'supporter-counter', array( 'categories' => 'regions bogus cities,regions' ) ) );
		$this->assertSame( array(), cohesion_alliance_clean_attributes( 'supporter-counter', array( 'categories' => 'bogus <b>' ) ) );
		$this->assertSame( array( 'documents' => 'debate-2022' ), cohesion_alliance_clean_attributes( 'document-picker', array( 'documents' => 'debate-2022' ) ) );
	}

	public function test_keeps_whole_numbers_within_the_element_range(): void {
		$this->assertSame( array( 'refresh' => 60 ), cohesion_alliance_clean_attributes( 'supporter-counter', array( 'refresh' => '60' ) ) );
		$this->assertSame( array( 'refresh' => 86400 ), cohesion_alliance_clean_attributes( 'supporter-counter', array( 'refresh' => '999999999' ) ) );
		foreach ( array( '-1', '1e3', '0x10', '60s' ) as $bad ) {
			$this->assertSame( array(), cohesion_alliance_clean_attributes( 'supporter-counter', array( 'refresh' => $bad ) ), $bad );
		}
	}

	public function test_keeps_only_http_and_https_addresses(): void {
		$this->assertSame( array( 'href' => 'https://example.org/join?a=1&b=2' ), cohesion_alliance_clean_attributes( 'join-badge', array( 'href' => 'https://example.org/join?a=1&b=2' ) ) );
		foreach ( array( 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', ' JaVaScRiPt:alert(1)' ) as $bad ) {
			$this->assertSame( array(), cohesion_alliance_clean_attributes( 'join-badge', array( 'href' => $bad ) ), $bad );
		}
	}

	public function test_escapes_every_attribute_it_writes(): void {
		$html = cohesion_alliance_render( 'join-badge', array( 'label' => 'Say "hi" & <b>join</b>', 'href' => 'https://example.org/?a=1&b="2"' ) );
		$this->assertStringNotContainsString( '<b>', $html );
		$element = $this->element( $html );
		$this->assertSame( 'cohesion-join-badge', $element->tagName );
		$this->assertSame( 'Say "hi" & join', $element->getAttribute( 'label' ) );
		$this->assertSame( 'https://example.org/?a=1&b=2', $element->getAttribute( 'href' ) );
		$this->assertSame( array( 'label', 'href' ), array_values( array_map( static fn( $a ) => $a->name, iterator_to_array( $element->attributes ) ) ) );
	}

	public function test_writes_the_badge_fallback_marked_as_such_in_the_site_language(): void {
		$link = $this->element( cohesion_alliance_render( 'join-badge', array( 'variant' => 'supporter' ) ) )->firstChild;
		$this->assertSame( 'a', $link->tagName );
		$this->assertTrue( $link->hasAttribute( 'data-fallback' ) );
		$this->assertSame( 'We support the #CohesionAlliance', $link->textContent );
		$this->assertSame( 'https://cor.europa.eu/en/engage/Pages/cohesion-alliance.aspx', $link->getAttribute( 'href' ) );
	}

	public function test_writes_the_fallback_in_the_block_own_language(): void {
		$element = $this->element( cohesion_alliance_render( 'join-badge', array( 'lang' => 'de' ) ) );
		$this->assertSame( 'de', $element->getAttribute( 'lang' ) );
		$this->assertSame( 'Treten Sie der Allianz für Kohäsionspolitik bei', $element->firstChild->textContent );
		$this->assertSame( 'https://cor.europa.eu/de/engage/Pages/cohesion-alliance.aspx', $element->firstChild->getAttribute( 'href' ) );
	}

	public function test_writes_the_counter_figures_as_text(): void {
		$element = $this->element( cohesion_alliance_render( 'supporter-counter', array( 'categories' => 'individuals regions' ) ) );
		$this->assertSame( 'Individual supportersmore than 12,000Regions140', $element->getElementsByTagName( 'dl' )->item( 0 )->textContent );
		$this->assertSame( 'As of October 2022', $element->getElementsByTagName( 'p' )->item( 0 )->textContent );
	}

	public function test_writes_the_declaration_heading_at_its_level_and_its_link(): void {
		$element = $this->element( cohesion_alliance_render( 'declaration-summary', array( 'heading_level' => '4', 'lang' => 'fr' ) ) );
		$this->assertSame( 1, $element->getElementsByTagName( 'h4' )->length );
		$this->assertSame( 'https://cor.europa.eu/fr/engage/Pages/cohesion-alliance.aspx', $element->getElementsByTagName( 'a' )->item( 0 )->getAttribute( 'href' ) );
	}

	public function test_writes_the_picker_documents_with_links_the_picker_does_not_read_as_versions(): void {
		$element  = $this->element( cohesion_alliance_render( 'document-picker', array( 'documents' => 'debate-2022 declaration-2020' ) ) );
		$sections = $element->getElementsByTagName( 'section' );
		$this->assertSame( 2, $sections->length );
		$this->assertSame( 'debate-2022', $sections->item( 0 )->getAttribute( 'data-document' ) );
		foreach ( $element->getElementsByTagName( 'a' ) as $link ) {
			$this->assertFalse( $link->hasAttribute( 'hreflang' ) );
		}
	}

	public function test_enqueues_the_library_module_when_it_renders(): void {
		cohesion_alliance_render( 'join-badge', array() );
		ob_start();
		wp_script_modules()->print_enqueued_script_modules();
		$printed = ob_get_clean();
		$this->assertMatchesRegularExpression( '#<script type="module" src="[^"]+/cohesion-alliance/assets/cohesion-alliance\.js\?ver=#', $printed );
	}

	public function test_applies_the_site_default_feed_and_appearance_unless_given(): void {
		update_option( 'cohesion_alliance', array( 'feed' => 'https://example.org/feed.json', 'appearance' => 'dark' ) );
		$element = $this->element( cohesion_alliance_render( 'supporter-counter', array() ) );
		$this->assertSame( 'https://example.org/feed.json', $element->getAttribute( 'src' ) );
		$this->assertSame( 'dark', $element->getAttribute( 'appearance' ) );
		$element = $this->element( cohesion_alliance_render( 'supporter-counter', array( 'src' => 'https://example.com/other.json', 'appearance' => 'light' ) ) );
		$this->assertSame( 'https://example.com/other.json', $element->getAttribute( 'src' ) );
		$this->assertSame( 'light', $element->getAttribute( 'appearance' ) );
	}

	public function test_sanitises_the_settings(): void {
		$this->assertSame(
			array( 'source' => 'bundled', 'server' => '', 'feed' => '', 'appearance' => 'auto' ),
			cohesion_alliance_sanitize_settings( array( 'source' => 'server', 'server' => 'javascript:alert(1)//cohesion-alliance.js', 'feed' => 'javascript:alert(1)', 'appearance' => 'neon' ) )
		);
		$this->assertSame(
			array( 'source' => 'server', 'server' => 'https://cdn.example.org/widgets/cohesion-alliance.js', 'feed' => 'https://example.org/feed.json', 'appearance' => 'dark' ),
			cohesion_alliance_sanitize_settings( array( 'source' => 'server', 'server' => 'https://cdn.example.org/widgets/cohesion-alliance.js', 'feed' => 'https://example.org/feed.json', 'appearance' => 'dark' ) )
		);
		$this->assertSame( 'bundled', cohesion_alliance_sanitize_settings( array( 'source' => 'server', 'server' => 'https://cdn.example.org/page.html' ) )['source'] );
		$this->assertSame( 'bundled', cohesion_alliance_sanitize_settings( 'not an array' )['source'] );
	}

	public function test_shortcodes_and_blocks_write_the_same_element(): void {
		$shortcode = do_shortcode( '[cohesion_join_badge variant="supporter" show_count size=l]' );
		$block     = do_blocks( '<!-- wp:cohesion-alliance/join-badge {"variant":"supporter","showCount":true,"size":"l"} /-->' );
		$this->assertSame( cohesion_alliance_render( 'join-badge', array( 'variant' => 'supporter', 'show-count' => true, 'size' => 'l' ) ), $shortcode );
		$this->assertStringContainsString( $shortcode, $block );
		$this->assertStringStartsWith( '<div class="wp-block-cohesion-alliance-join-badge', $block );
	}

	public function test_every_widget_has_a_shortcode_and_a_block(): void {
		foreach ( array( 'join-badge', 'supporter-counter', 'declaration-summary', 'document-picker' ) as $widget ) {
			$this->assertTrue( shortcode_exists( 'cohesion_' . str_replace( '-', '_', $widget ) ), $widget );
			$this->assertTrue( WP_Block_Type_Registry::get_instance()->is_registered( 'cohesion-alliance/' . $widget ), $widget );
		}
	}

	public function test_the_library_comes_from_the_plugin_unless_the_site_names_a_central_server(): void {
		$this->assertStringEndsWith( '/cohesion-alliance/assets/cohesion-alliance.js', cohesion_alliance_library_url() );
		update_option( 'cohesion_alliance', array( 'source' => 'server', 'server' => 'https://cdn.example.org/widgets/cohesion-alliance.js' ) );
		$this->assertSame( 'https://cdn.example.org/widgets/cohesion-alliance.js', cohesion_alliance_library_url() );
	}
}
