/**
 * 需年均: what each remaining year must bring for a target not yet met to be met in its year —
 * the change a year in the indicator's unit (points for a share; negative when the value must
 * fall), and for a positive quantity that is not a share the compound growth a year
 * ((target ÷ value)^(1/years) − 1, as the CAGR methods measure growth). Counted from the year of
 * the latest value to the target year; none once the evaluation year has reached the target
 * year (the target is then met or not, never a pace).
 * @example
 * requiredPace({ value: 13.9, from: 2024, year: 2024, target: 15, targetYear: 2025, share: true }); // { change: 1.1, growth: null }
 * requiredPace({ value: 1.51e4, from: 2023, year: 2023, target: 2e4, targetYear: 2025, share: false }); // change 2450 a year, growth ≈ 0.1509
 */
export function requiredPace(p: { value: number; from: number; year: number; target: number; targetYear: number; share: boolean }): { change: number | null; growth: number | null } {
  const years = p.targetYear - p.from;
  if (years <= 0 || p.year >= p.targetYear) return { change: null, growth: null };
  const change = (p.target - p.value) / years;
  const growth = !p.share && p.value > 0 && p.target > 0 ? (p.target / p.value) ** (1 / years) - 1 : null;
  return { change, growth };
}
