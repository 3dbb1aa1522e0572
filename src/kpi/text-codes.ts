// Numbers the distinct texts of a column (0, 1, … in order of first use). A Map does the same,
// but for half a million distinct texts its growing tables and entries took a third more time;
// this open-addressing table keeps only an Int32Array of codes and each text's hash.

/** FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

export class TextCodes {
  /** The texts, by code. */
  readonly texts: string[] = [];
  private hashes: number[] = [];
  /** Per slot: a code, or −1 for a free slot; at most half the slots are used. */
  private slots = new Int32Array(64).fill(-1);

  /** The code of a text, given the next one when it is new. */
  codeOf(text: string): number {
    const hash = hashOf(text);
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const code = this.slots[s];
      if (code < 0) {
        const added = this.texts.length;
        this.texts.push(text);
        this.hashes.push(hash);
        this.slots[s] = added;
        if (2 * this.texts.length > this.slots.length) this.grow();
        return added;
      }
      if (this.hashes[code] === hash && this.texts[code] === text) return code;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let code = 0; code < this.hashes.length; code++) {
      let s = this.hashes[code] & mask;
      while (slots[s] >= 0) s = (s + 1) & mask;
      slots[s] = code;
    }
    this.slots = slots;
  }
}
