// What the other features use from the alerts: the Actions log and the effectiveness of each
// corrective action (the dashboard), and the replacement of the add-on's own conditional-format
// rules (the dashboard's tiles use a family of their own).
export { actionEffectiveness, type ActionEffectiveness } from './effectiveness';
export {
  CF_COLOURS,
  type CfColour,
  type CfRange,
  type CfRule,
  familyOf,
  markedFormula,
} from './cf-model';
export { replaceAddonRules, type ReplaceResult } from './cf-replace';
