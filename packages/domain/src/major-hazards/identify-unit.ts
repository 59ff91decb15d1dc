// GB 18218-2018 clause 4.2: a production or storage unit is a major hazard installation when
// S = q₁/Q₁ + q₂/Q₂ + … + qₙ/Qₙ ≥ 1 (inclusive; for one substance this is q ≥ Q), q being the quantity present
// (the design maximum for tanks, vessels and stores — clause 4.2.2) in tonnes and Q its threshold. Every sum is
// exact, so a unit at S = 1 exactly is a major hazard whatever decimals its quantities have. The result keeps
// every line (q, Q, where Q came from, q/Q) so the calculation can be shown and checked.
import { quantityInTonnes, type Quantity, type QuantityProblemCode } from './quantity.js';
import { compare, div, ONE, sum, type Rational } from './rational.js';
import { thresholdFor, type SubstanceRef, type ThresholdLookup, type ThresholdSource } from './threshold.js';

export type InventoryLine = { substance: SubstanceRef; quantity: Quantity };

export type IdentificationLine = {
  /** Position of the line in the input. */
  index: number;
  substance: SubstanceRef;
  /** Quantity present, t. */
  q: Rational;
  /** Threshold quantity, t. */
  Q: Rational;
  source: ThresholdSource;
  /** q / Q. */
  ratio: Rational;
};

type WithoutOk<T> = T extends unknown ? Omit<T, 'ok'> : never;
/** A line that cannot be counted yet: its quantity is unreadable or its threshold undecided. */
export type IdentificationProblem = { index: number } & (WithoutOk<Extract<ThresholdLookup, { ok: false }>> | { problem: QuantityProblemCode });

export type UnitIdentification =
  | { ok: true; isMajorHazard: boolean; S: Rational; lines: IdentificationLine[] }
  /** lines holds the lines that could be counted; S is not given, as it would understate. */
  | { ok: false; problems: IdentificationProblem[]; lines: IdentificationLine[] };

export function identifyUnit({ lines }: { lines: readonly InventoryLine[] }): UnitIdentification {
  const counted: IdentificationLine[] = [];
  const problems: IdentificationProblem[] = [];
  lines.forEach((line, index) => {
    const quantity = quantityInTonnes(line.quantity);
    const threshold = thresholdFor(line.substance);
    if (!quantity.ok) problems.push({ index, problem: quantity.problem });
    if (!threshold.ok) {
      const { ok: _ok, ...problem } = threshold;
      problems.push({ index, ...problem });
    }
    if (quantity.ok && threshold.ok) {
      counted.push({
        index,
        substance: line.substance,
        q: quantity.tonnes,
        Q: threshold.Q,
        source: threshold.source,
        ratio: div(quantity.tonnes, threshold.Q),
      });
    }
  });
  if (problems.length > 0) return { ok: false, problems, lines: counted };
  const S = sum(counted.map((line) => line.ratio));
  return { ok: true, isMajorHazard: compare(S, ONE) >= 0, S, lines: counted };
}
