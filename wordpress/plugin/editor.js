/**
 * The blocks in the editor: an inspector panel per block, and a preview rendered by the server (the fallback
 * content, as readers without JavaScript get it). Script modules do not load in the editor's iframe, so the live
 * widget is for the published page. Written for the editor's globals, with no build step.
 */
(function (wp, config) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var c = wp.components;
  var ServerSideRender = wp.serverSideRender;
  var DOMAIN = 'cohesion-alliance';

  var camel = function (name) {
    return name.replace(/-([a-z])/g, function (_, letter) {
      return letter.toUpperCase();
    });
  };
  var t = function (text) {
    // The texts come from the plugin's catalogue, translated by the JSON files of its `languages` folder.
    return __(text, DOMAIN);
  };
  var valueLabel = function (spec, value) {
    return spec.valueLabels && spec.valueLabels[value] ? t(spec.valueLabels[value]) : String(value);
  };

  function control(spec, value, set) {
    var common = {label: t(spec.label), help: spec.help ? t(spec.help).replace('{0}', '10') : undefined, __nextHasNoMarginBottom: true};
    switch (spec.kind) {
      case 'boolean':
        return el(c.ToggleControl, Object.assign(common, {checked: !!value, onChange: set}));
      case 'enum': {
        var options = spec.values.map(function (v) {
          return {value: String(v), label: valueLabel(spec, v)};
        });
        // No choice is the element's own default, or the site's where the settings give one.
        options.unshift({value: '', label: '—'});
        return el(c.SelectControl, Object.assign(common, {
          value: value === undefined ? '' : String(value),
          options: options,
          onChange: function (v) {
            if (v === '') return set(undefined);
            set(typeof spec.values[0] === 'number' ? Number(v) : v);
          },
        }));
      }
      case 'tokens': {
        var chosen = value ? value.split(' ') : [];
        return el(
          c.BaseControl,
          {label: common.label, help: common.help, __nextHasNoMarginBottom: true},
          spec.values.map(function (token) {
            return el(c.CheckboxControl, {
              key: token,
              label: valueLabel(spec, token),
              checked: chosen.indexOf(token) !== -1,
              __nextHasNoMarginBottom: true,
              onChange: function (on) {
                var next = spec.values.filter(function (v) {
                  return v === token ? on : chosen.indexOf(v) !== -1;
                });
                set(next.length ? next.join(' ') : undefined);
              },
            });
          }),
        );
      }
      case 'integer':
        return el(c.TextControl, Object.assign(common, {
          type: 'number',
          min: spec.minimum,
          max: spec.maximum,
          value: value === undefined ? '' : String(value),
          onChange: function (v) {
            var n = parseInt(v, 10);
            set(isNaN(n) ? undefined : Math.min(Math.max(n, spec.minimum), spec.maximum));
          },
        }));
      default:
        return el(c.TextControl, Object.assign(common, {
          type: spec.kind === 'url' ? 'url' : 'text',
          value: value || '',
          onChange: function (v) {
            set(v === '' ? undefined : v);
          },
        }));
    }
  }

  function languageControl(value, set) {
    var options = [{value: '', label: t(config.languageNone)}];
    Object.keys(config.languages).forEach(function (lang) {
      options.push({value: lang, label: config.languages[lang] + ' (' + lang + ')'});
    });
    return el(c.SelectControl, {label: t(config.languageLabel), value: value || '', options: options, onChange: set, __nextHasNoMarginBottom: true});
  }

  Object.keys(config.widgets).forEach(function (name) {
    var widget = config.widgets[name];
    var blockName = 'cohesion-alliance/' + name;
    wp.blocks.registerBlockType(blockName, {
      title: t(widget.title),
      description: t(widget.description),
      edit: function (props) {
        var attributes = props.attributes;
        var controls = Object.keys(widget.attributes).map(function (attribute) {
          var key = camel(attribute);
          return el(
            'div',
            {key: key, style: {marginBottom: '16px'}},
            control(widget.attributes[attribute], attributes[key], function (v) {
              var change = {};
              change[key] = v;
              props.setAttributes(change);
            }),
          );
        });
        controls.push(
          el('div', {key: 'lang'}, languageControl(attributes.lang, function (v) {
            props.setAttributes({lang: v});
          })),
        );
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(c.PanelBody, {title: t(widget.title), initialOpen: true}, controls)),
          // Disabled: a click on the preview selects the block instead of following its links.
          el(c.Disabled, null, el(ServerSideRender, {block: blockName, attributes: attributes})),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.cohesionAllianceWidgets);
