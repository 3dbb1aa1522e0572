// The dip of the default sample (end date 2026-11-15): team Lyon, October 2026 for both. Kept in
// the tests: computed at load in the add-on, it cost every execution two Sheets calls.
import { sampleDipFor } from '../../src/addon/sample-data';

export const SAMPLE_DIP = sampleDipFor();
