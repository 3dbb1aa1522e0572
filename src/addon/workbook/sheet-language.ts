// The language a managed sheet is written in: the language of its header row (set up in English
// or French), read from the block the caller has already read, so it costs no Sheets call. Rows
// the add-on appends to a sheet are written in that language, whoever runs the action, so a sheet
// never mixes languages; a sheet whose headers say neither (all renamed, or the same words in
// both languages) falls back to the given language.
import { SCHEMA } from '../schema';
import type { Language } from '../i18n';
import type { SheetBlock } from './block';

export function sheetLanguage(block: SheetBlock, fallback: Language): Language {
  const header = new Set((block.values[0] ?? []).map((c) => String(c).trim().toLowerCase()));
  let en = 0;
  let fr = 0;
  for (const column of SCHEMA[block.located.key].columns) {
    if (column.en.toLowerCase() === column.fr.toLowerCase()) continue;
    if (header.has(column.en.toLowerCase())) en++;
    if (header.has(column.fr.toLowerCase())) fr++;
  }
  return en === fr ? fallback : en > fr ? 'en' : 'fr';
}
