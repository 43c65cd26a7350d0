/**
 * The Custom Elements Manifest as the docs pages show it: the public API only. Private and protected members are
 * dropped, a property that mirrors an attribute is listed once, under its attribute (which has a control),
 * with the property's name in the description, parts are named as selectors (`::part(label)`), and the default
 * slot gets a name to be listed under.
 */

interface Item {
  name?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  fieldName?: string;
}

interface Declaration {
  members?: Item[];
  attributes?: Item[];
  cssParts?: Item[];
  slots?: Item[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: {declarations?: Declaration[]; [key: string]: unknown}[];
  [key: string]: unknown;
}

function publicApi(declaration: Declaration): Declaration {
  const attributes = (declaration.attributes ?? []).map((attribute) =>
    attribute.fieldName && attribute.fieldName !== attribute.name
      ? {...attribute, description: `${attribute.description ?? ''}\n\nProperty: \`${attribute.fieldName}\`.`.trim()}
      : attribute,
  );
  const members = (declaration.members ?? []).filter(
    (member) => !member.privacy && !member.static && member.kind !== 'method' && !member.attribute,
  );
  // Written as a selector, a part cannot take the place of an attribute of the same name (`label`).
  const cssParts = (declaration.cssParts ?? []).map((part) => ({...part, name: `::part(${part.name})`}));
  // The docs table leaves out items without a name, as the default slot is in the manifest.
  const slots = (declaration.slots ?? []).map((slot) => (slot.name ? slot : {...slot, name: '(default slot)'}));
  return {...declaration, attributes, members, cssParts, slots};
}

export function forDocs<T>(manifest: T): T {
  const source = manifest as Manifest;
  return {
    ...source,
    modules: (source.modules ?? []).map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map(publicApi),
    })),
  } as T;
}
