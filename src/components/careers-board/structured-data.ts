/**
 * The `<script type="application/ld+json">` a board puts in the document's head while a posting
 * is open. Under Trusted Types (`require-trusted-types-for 'script'`) a script's text must be a
 * TrustedScript: the policy `careers-widget#ld` is created once per page (shared by every copy
 * of the widget) and only passes through the JSON we serialized ourselves.
 */
import { jsonLdScriptText } from '../../data/job-posting-ld.js';

export const LD_POLICY_NAME = 'careers-widget#ld';

const POLICY_KEY = Symbol.for(LD_POLICY_NAME);

type ScriptPolicy = Pick<TrustedTypePolicy, 'createScript'>;
type PolicyHolder = { [POLICY_KEY]?: ScriptPolicy | null };

function scriptPolicy(): ScriptPolicy | null {
  const holder = globalThis as PolicyHolder;
  if (holder[POLICY_KEY] !== undefined) return holder[POLICY_KEY];
  let policy: ScriptPolicy | null = null;
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (factory) {
    try {
      policy = factory.createPolicy(LD_POLICY_NAME, { createScript: (text: string) => text });
    } catch (error) {
      console.warn(`careers-widget: Trusted Types policy "${LD_POLICY_NAME}" refused`, error);
    }
  }
  holder[POLICY_KEY] = policy;
  return policy;
}

/**
 * Adds (or updates) the JSON-LD script; returns it, or undefined when the page forbids it. No
 * value (a closed posting): the script is removed.
 */
export function showJsonLd(
  value: unknown,
  script: HTMLScriptElement | undefined,
): HTMLScriptElement | undefined {
  if (value === undefined) return void script?.remove();
  const text = jsonLdScriptText(value);
  const element = script ?? document.createElement('script');
  element.type = 'application/ld+json';
  element.dataset.careersWidget = '';
  const policy = scriptPolicy();
  try {
    element.textContent = (policy ? policy.createScript(text) : text) as unknown as string;
  } catch (error) {
    // Trusted Types enforced and our policy refused by the page's CSP: no structured data.
    console.warn('careers-widget: structured data not added', error);
    element.remove();
    return undefined;
  }
  if (!element.isConnected) document.head.append(element);
  return element;
}
