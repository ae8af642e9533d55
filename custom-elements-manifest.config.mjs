// Custom Elements Manifest (`custom-elements.json`), from the components' JSDoc
// (`@fires @slot @csspart @cssprop`) plus two facts the analyzer cannot see on its own:
// the tag names (registered in one place, src/define.ts) and the design tokens every element
// reads (src/styles/design-tokens.ts, the same data the CSS is built from).
// Run by `npm run build` and `node scripts/api-docs.mjs` (which also writes the README tables).
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Imports a TypeScript module that has no imports of its own. */
async function importStandalone(path) {
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

export const { designTokens, themes, colorSchemes } = await importStandalone(
  'src/styles/design-tokens.ts',
);

/** `'careers-board': CareersBoard` pairs of src/define.ts: class name -> tag. */
function tagNames() {
  const source = readFileSync('src/define.ts', 'utf8');
  const block = /export const elements = \{([\s\S]*?)\}/.exec(source)?.[1] ?? '';
  return new Map(
    [...block.matchAll(/'([a-z][a-z0-9]*-[a-z0-9-]+)'\s*:\s*([A-Za-z0-9_]+)/g)].map(
      ([, tag, name]) => [name, tag],
    ),
  );
}

const privateToPublic = (value) => value.replace(/var\(--_([a-z0-9-]+)\)/g, 'var(--careers-$1)');

/** The manifest entry of a design token, with its theme and dark-scheme values. */
function cssProperty(token) {
  const variants = [
    token.dark && `dark: \`${token.dark}\``,
    token.dsfr && `DSFR: \`${token.dsfr}\``,
    token.dsfrDark && `DSFR dark: \`${token.dsfrDark}\``,
  ].filter(Boolean);
  return {
    name: `--careers-${token.name}`,
    description: token.description + (variants.length ? ` (${variants.join('; ')})` : ''),
    default: privateToPublic(token.value),
  };
}

/** The attributes the token styles read on any element (`:host([theme])`...). */
const stylingAttributes = [
  {
    name: 'theme',
    type: { text: themes.map((t) => `'${t}'`).join(' | ') },
    default: "'default'",
    description:
      'Look of this element and of every careers element inside it: `dsfr` is the French state design system.',
  },
  {
    name: 'color-scheme',
    type: { text: colorSchemes.map((t) => `'${t}'`).join(' | ') },
    default: "'auto'",
    description:
      "Light or dark colours for this element and every careers element inside it; `auto` follows the page's CSS `color-scheme` (dark where the page allows dark and the visitor prefers it).",
  },
];

/** The global `lang` attribute, as every element reads it (src/i18n/index.ts). */
const langAttribute = {
  name: 'lang',
  type: { text: 'string' },
  description:
    "Language of the interface: a value starting with `en` (`en`, `en-GB`) is English, anything else French. Without it, the closest `[lang]` ancestor's (across shadow roots), then the document's; a change re-renders.",
};

function careersPlugin() {
  return {
    name: 'careers-widget',
    packageLinkPhase({ customElementsManifest }) {
      const tags = tagNames();
      /** Each element's source, for the parts it forwards from the elements inside it. */
      const forwardedParts = [];
      for (const module of customElementsManifest.modules) {
        const source = readFileSync(module.path, 'utf8');
        const usesTokens = /from '(\.\.\/)+styles\/tokens\.js'/.test(source);
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          declaration.attributes ??= [];
          if (/new LangController\(/.test(source))
            declaration.attributes.push({ ...langAttribute });
          module.exports ??= [];
          if (!module.exports.some((e) => e.kind === 'custom-element-definition')) {
            module.exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: module.path },
            });
          }
          forwardedParts.push({ source, declaration });
          if (!usesTokens) continue;
          // A token the JSDoc describes for this element keeps that description, with the
          // token's default and variants; the others come from design-tokens.ts as they are.
          const tokens = new Map(designTokens.map(cssProperty).map((p) => [p.name, p]));
          const documented = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          declaration.cssProperties = [
            ...(declaration.cssProperties ?? []).map((p) => {
              const token = tokens.get(p.name);
              if (!token) return p;
              const variants = /\(dark: .*\)$|\(DSFR: .*\)$/.exec(token.description)?.[0];
              return {
                ...p,
                description: variants ? `${p.description} ${variants}` : p.description,
                default: token.default,
              };
            }),
            ...[...tokens.values()].filter((p) => !documented.has(p.name)),
          ];
          declaration.attributes ??= [];
          for (const attribute of stylingAttributes) {
            if (!declaration.attributes.some((a) => a.name === attribute.name))
              declaration.attributes.push({ ...attribute });
          }
        }
      }
      addForwardedParts(forwardedParts);
    },
  };
}

/**
 * The parts an element forwards from an element inside it (`<careers-job-card
 * exportparts=${CARD_PARTS}>`, `CARD_PARTS` a string constant of `name` and `inner: outer`
 * pairs), each listed under its name outside, with the inner element's description, so that
 * editors complete `careers-board::part(tag)` too.
 */
function addForwardedParts(elements) {
  const byTag = new Map(elements.map(({ declaration }) => [declaration.tagName, declaration]));
  for (const { source, declaration } of elements) {
    for (const use of source.matchAll(/<([a-z]+-[a-z-]+)\b[^>]*?exportparts=\$\{(\w+)\}/g)) {
      const [, tag, constant] = use;
      const list = new RegExp(`const ${constant} =\\s*'([^']*)'`).exec(source)?.[1];
      const inner = byTag.get(tag);
      if (!list || !inner) throw new Error(`exportparts=\${${constant}} of <${tag}>: not found`);
      declaration.cssParts ??= [];
      for (const pair of list.split(',')) {
        const [from, to = from] = pair.split(':').map((name) => name.trim());
        const named = `\`<${tag}>\`'s \`${from}\``;
        const known = declaration.cssParts.find((part) => part.name === to);
        // A name two inner elements forward (`tag`): one entry that names both.
        if (known?.description?.startsWith('Forwarded from'))
          known.description += ` Also ${named}.`;
        if (known) continue;
        const description = inner.cssParts?.find((part) => part.name === from)?.description;
        declaration.cssParts.push({
          name: to,
          description: `Forwarded from ${named}: ${description ?? ''}`.trim(),
        });
      }
    }
  }
}

export default {
  globs: ['src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [careersPlugin()],
};
