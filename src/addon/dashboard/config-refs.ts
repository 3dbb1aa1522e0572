// The Objectives and Alerts sheets as the tiles' formulas read them: open-ended column ranges by
// the sheets' actual names and the columns found by developer metadata. A sheet or column that is
// missing leaves the tiles without objective or rule (they fall back to the catalogue's alert).
import type { Located } from '../workbook/locate';
import { onSheet, openColumnA1 } from './refs';

export interface ConfigColumns {
  /** The column's data cells ('Objectives'!$B$2:$B), or undefined when it is missing. */
  column(key: string): string | undefined;
}

export function configColumns(located: Located, key: 'objectives' | 'alerts'): ConfigColumns {
  const sheet = located.get(key);
  return {
    column: (column) => {
      const index = sheet?.tagged.get(column);
      return sheet && index !== undefined ? onSheet(sheet.name, openColumnA1(2, index)) : undefined;
    },
  };
}
