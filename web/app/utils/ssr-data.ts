/**
 * The body of a `<script type="application/json">` element carrying `value`: JSON with every `<`
 * written as \u003c, so no string in it ("</script>", "<!--") can end the element or open a
 * comment; JSON.parse reads it back unchanged.
 */
export const jsonScriptBody = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
