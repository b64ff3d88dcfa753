/**
 * The text of JSON.stringify(items, null, 2), an item at a time, for arrays too large to hold
 * twice in memory (writeAtomic takes the chunks). Joined, the chunks are exactly that text.
 * @example
 * [...jsonArrayChunks([{ a: 1 }])].join(''); // '[\n  {\n    "a": 1\n  }\n]'
 */
export function* jsonArrayChunks(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    // An item JSON cannot write (undefined, a function) is null inside an array.
    const text = JSON.stringify(item, null, 2) ?? 'null';
    yield `${first ? '[\n  ' : ',\n  '}${text.replace(/\n/g, '\n  ')}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}
