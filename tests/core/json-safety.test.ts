import { describe, expect, it } from 'vitest';
import { findUnsafeKey, looksTruncated } from '../../src/core/json-safety';

describe('findUnsafeKey', () => {
  it.each([
    ['{"__proto__": {"admin": true}}', { key: '__proto__', path: '' }],
    ['{"a": [{"b": 1}, {"constructor": {"prototype": {}}}]}', { key: 'constructor', path: 'a[1]' }],
    ['{"a": {"b": {"prototype": 1}}}', { key: 'prototype', path: 'a.b' }],
    ['{"a": "__proto__", "b": ["constructor"]}', null],
    ['[1, "x", null]', null],
  ])('%s', (text, expected) => {
    expect(findUnsafeKey(JSON.parse(text))).toEqual(expected);
  });

  it('copes with nesting far deeper than the call stack', () => {
    const depth = 200_000;
    const deep = JSON.parse(`${'['.repeat(depth)}{"__proto__":1}${']'.repeat(depth)}`);
    expect(findUnsafeKey(deep)?.key).toBe('__proto__');
  });
});

describe('looksTruncated', () => {
  it.each([
    ['{"a": [1, 2', true],
    ['{"a": "unfinished str', true],
    ['{"a": "escaped quote \\" still open', true],
    ['[{"a": 1}, {"b"', true],
    ['{"a": 1}}', false],
    ['{"a": }', false],
    ['hello', false],
    ['', false],
    ['{"brace in a string": "}"', true],
  ])('%s → %s', (text, expected) => {
    expect(looksTruncated(text)).toBe(expected);
  });
});
