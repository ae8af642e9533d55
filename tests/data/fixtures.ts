/** Reads a feed fixture through the test server, as the widget would. */
export async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/tests/fixtures/feeds/${name}.json`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

/** One fixture per format, named after the format. */
export const FORMAT_FIXTURES = [
  'careers',
  'wttj',
  'greenhouse',
  'lever',
  'ashby',
  'recruitee',
  'workable',
  'jsonld',
] as const;
