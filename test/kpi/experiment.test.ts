import fc from 'fast-check';
import { erfc, experiment, normalCdf, normalQuantile, sampleSize } from '../../src/kpi/experiment';

/** Relative closeness: |actual − expected| ≤ tol × |expected|. */
function expectRelative(actual: number, expected: number, tol = 1e-14): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
}

describe('erfc', () => {
  it('matches published values to about full double precision', () => {
    // Each literal is the double nearest to the published 18-digit value.
    // Reference values of erfc (Abramowitz & Stegun table 7.1 and its high-precision successors).
    expect(erfc(0)).toBe(1);
    expectRelative(erfc(0.1), 0.887537083981715);
    expectRelative(erfc(0.5), 0.4795001221869535);
    expectRelative(erfc(1), 0.15729920705028513);
    expectRelative(erfc(2), 0.004677734981047266);
    expectRelative(erfc(3), 2.209049699858544e-5);
    expectRelative(erfc(-1), 1.8427007929497148);
  });

  it('keeps its relative precision far into the tail', () => {
    expectRelative(erfc(6), 2.1519736712498913e-17);
    expectRelative(erfc(10), 2.088487583762545e-45);
    expectRelative(erfc(26), 5.663192408856143e-296, 1e-13);
    expect(erfc(40)).toBe(0);
    expect(erfc(-40)).toBe(2);
  });
});

describe('normalCdf', () => {
  it('gives the standard normal probabilities', () => {
    expect(normalCdf(0)).toBe(0.5);
    expectRelative(normalCdf(1.959963984540054), 0.975);
    expectRelative(normalCdf(-1.959963984540054), 0.025, 1e-13);
    expectRelative(normalCdf(1), 0.8413447460685429);
    expectRelative(normalCdf(-8), 6.220960574271784e-16, 1e-13);
  });
});

describe('normalQuantile', () => {
  it('gives the usual critical values', () => {
    expectRelative(normalQuantile(0.975), 1.9599639845400543);
    expectRelative(normalQuantile(0.8), 0.8416212335729142);
    expectRelative(normalQuantile(0.9), 1.2815515655446008);
    expectRelative(normalQuantile(0.995), 2.575829303548901);
    expectRelative(normalQuantile(0.025), -1.9599639845400543);
    expectRelative(normalQuantile(1e-10), -6.361340902404057);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is NaN outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.5, NaN]) expect(normalQuantile(p)).toBeNaN();
  });

  it('property: inverts the cumulative distribution', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.999999, noNaN: true }), (p) => {
        expectRelative(normalCdf(normalQuantile(p)), p, 1e-12);
      }),
    );
  });

  it('property: is increasing and antisymmetric', () => {
    // Multiples of 2⁻²⁰, so that 1 − p is exact and the symmetry can be checked exactly.
    const dyadic = fc.integer({ min: 1, max: 2 ** 20 - 1 }).map((k) => k / 2 ** 20);
    fc.assert(
      fc.property(dyadic, dyadic, (a, b) => {
        if (a < b) expect(normalQuantile(a)).toBeLessThan(normalQuantile(b));
        expect(normalQuantile(1 - a)).toBe(-normalQuantile(a));
      }),
    );
  });
});

describe('experiment', () => {
  it('runs the pooled two-proportion z-test', () => {
    // Control 100/1000 = 0.1, variant 130/1000 = 0.13, lift 0.13/0.1 − 1 = 0.3.
    // Pooled p = 230/2000 = 0.115; se = √(0.115 × 0.885 × (1/1000 + 1/1000)) = √0.00020355
    // = 0.0142671650… ; z = 0.03 / se = 2.1027406056…; two-sided p = erfc(z/√2) = 0.0354884504665.
    const r = experiment(100, 1000, 130, 1000);
    expect(r.controlRate).toBe(0.1);
    expect(r.variantRate).toBe(0.13);
    expect(r.lift).toBeCloseTo(0.3, 14);
    expectRelative(r.pValue, 0.03548845046647469, 1e-12);
  });

  it('gives p = 1 for equal rates and when the pooled rate is 0 or 1', () => {
    expect(experiment(10, 100, 20, 200).pValue).toBe(1);
    expect(experiment(0, 10, 0, 20).pValue).toBe(1);
    expect(experiment(10, 10, 20, 20).pValue).toBe(1);
  });

  it('leaves the lift undefined (NaN) when the control rate is 0', () => {
    const r = experiment(0, 50, 5, 50);
    expect(r.lift).toBeNaN();
    // Pooled 5/100 = 0.05; se = √(0.05 × 0.95 × 0.04) = √0.0019 = 0.0435889894…;
    // z = 0.1 / se = 2.2941573387…; p = erfc(z/√2) = 0.0217814627911 (two-sided).
    expectRelative(r.pValue, 0.0217814627911195, 1e-12);
  });

  it('property: rates and p-value lie in [0, 1], and swapping the groups keeps the p-value', () => {
    const group = fc
      .tuple(fc.integer({ min: 1, max: 10_000 }), fc.nat())
      .map(([total, s]) => [s % (total + 1), total] as const);
    fc.assert(
      fc.property(group, group, ([cs, ct], [vs, vt]) => {
        const r = experiment(cs, ct, vs, vt);
        for (const v of [r.controlRate, r.variantRate, r.pValue]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        expect(experiment(vs, vt, cs, ct).pValue).toBeCloseTo(r.pValue, 14);
      }),
    );
  });
});

describe('sampleSize', () => {
  it('matches a hand computation: baseline 10 %, lift +20 %', () => {
    // p1 = 0.1, p2 = 0.12, p̄ = 0.11; z(0.975) = 1.959963985, z(0.8) = 0.841621234.
    // √(2 × 0.11 × 0.89) = √0.1958 = 0.442493; √(0.1 × 0.9 + 0.12 × 0.88) = √0.1956 = 0.442267.
    // (1.959964 × 0.442493 + 0.841621 × 0.442267)² = 1.2394914² = 1.5363390; / 0.02² = 3840.85
    // → 3841 per group.
    expect(sampleSize(0.1, 0.2, 0.05, 0.8)).toBe(3841);
  });

  it('matches the textbook 50 % vs 60 % example (388 per group)', () => {
    // p̄ = 0.55: √0.495 = 0.703562; √(0.25 + 0.24) = 0.7;
    // (1.959964 × 0.703562 + 0.841621 × 0.7)² / 0.1² = 1.968092² / 0.01 = 387.34 → 388.
    expect(sampleSize(0.5, 0.2, 0.05, 0.8)).toBe(388);
    // A fall to 40 % has the same variances: the same size.
    expect(sampleSize(0.5, -0.2, 0.05, 0.8)).toBe(388);
  });

  it('uses the given alpha and power', () => {
    // p1 = 0.05, p2 = 0.055, p̄ = 0.0525; z(0.995) = 2.575829, z(0.9) = 1.281552.
    // (2.575829 × √0.099488 + 1.281552 × √0.099475)² / 0.005² = 1.2166558² / 0.000025
    // = 59210.05 → 59211 (just above a whole number: the ceiling must not drop it).
    expect(sampleSize(0.05, 0.1, 0.01, 0.9)).toBe(59211);
  });

  it('needs 1 subject when the power goal is met by any size', () => {
    // alpha 0.99 → z(0.505) = 0.0125; power 0.01 → z = −2.33: the root is negative.
    expect(sampleSize(0.5, 0.2, 0.99, 0.01)).toBe(1);
  });

  it('property: a whole number ≥ 1 that grows with the power', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 0.5, max: 0.98, noNaN: true }),
        (p1, lift, power) => {
          const n = sampleSize(p1, lift, 0.05, power);
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(sampleSize(p1, lift, 0.05, Math.min(0.99, power + 0.01))).toBeGreaterThanOrEqual(
            n,
          );
        },
      ),
    );
  });
});
