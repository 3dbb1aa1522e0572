// Conditional-format rule builders kept for an execution, one per colour. A builder is set up
// once (its background and font colour), then for each rule only the formula, the ranges (when
// they differ from the builder's last ones) and build() are called: build() "Constructs a
// conditional format rule from the settings applied to the builder", a snapshot, so the builder
// can go on to the next rule. Every builder call is a service call; this keeps them to about
// three per rule instead of six.
import { newConditionalFormatRule } from '../adapters/services';
import { CF_COLOURS, type CfColour } from './cf-model';
import type { ConditionalFormatRule as Rule, Range } from '../adapters/sheets-types';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

interface Kept {
  readonly builder: Builder;
  ranges: readonly Range[] | undefined;
}

export class RuleBuilders {
  private readonly byColour = new Map<CfColour, Kept>();

  build(colour: CfColour, formula: string, ranges: readonly Range[]): Rule {
    let kept = this.byColour.get(colour);
    if (!kept) {
      const { background, font } = CF_COLOURS[colour];
      const builder = newConditionalFormatRule().setBackground(background).setFontColor(font);
      this.byColour.set(colour, (kept = { builder, ranges: undefined }));
    }
    kept.builder.whenFormulaSatisfied(formula);
    if (!sameRanges(kept.ranges, ranges)) {
      kept.builder.setRanges([...ranges]);
      kept.ranges = ranges;
    }
    return kept.builder.build();
  }
}

/** The same Range objects in the same order (rangeCache hands out one object per block). */
function sameRanges(a: readonly Range[] | undefined, b: readonly Range[]): boolean {
  return a !== undefined && a.length === b.length && a.every((r, i) => r === b[i]);
}
