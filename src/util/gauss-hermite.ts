/**
 * Gauss–Hermite quadrature for expectations under a standard normal: E[f(Z)] ≈ Σ wᵢ f(zᵢ), with
 * nodes zᵢ and weights wᵢ (summing to 1) of the probabilists' form. Exact for polynomials of
 * degree < 2n. Nodes come from Newton's method on the orthonormal Hermite recurrence, started
 * from the usual asymptotic guesses (Golub & Welsch give the same nodes as eigenvalues; Newton is
 * a few lines and needs no eigen-solver).
 * @example
 * const rule = gaussHermite(20);
 * rule.nodes.reduce((s, z, i) => s + rule.weights[i]! * z ** 4, 0); // 3 (= E[Z⁴])
 */
export function gaussHermite(n: number): { nodes: number[]; weights: number[] } {
  const cached = rules.get(n);
  if (cached) return cached;
  // Physicists' nodes tᵢ of Hₙ (weight e^(−t²)); the probabilists' node is √2·tᵢ and weight wᵢ/√π.
  const t = new Array<number>(n);
  const w = new Array<number>(n);
  const m = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < m; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** (-1 / 6);
    else if (i === 1) z -= (1.14 * n ** 0.426) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * t[0]!;
    else if (i === 3) z = 1.91 * z - 0.91 * t[1]!;
    else z = 2 * z - t[i - 2]!;
    let derivative = 0;
    for (let iter = 0; iter < 100; iter++) {
      // Orthonormal Hermite polynomials p_k(z) by recurrence; p_n' = √(2n)·p_{n−1}.
      let p1 = Math.PI ** -0.25;
      let p2 = 0;
      for (let k = 1; k <= n; k++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / k) * p2 - Math.sqrt((k - 1) / k) * p3;
      }
      derivative = Math.sqrt(2 * n) * p2;
      const step = p1 / derivative;
      z -= step;
      if (Math.abs(step) < 1e-14) break;
    }
    t[i] = z;
    t[n - 1 - i] = -z;
    w[i] = 2 / (derivative * derivative);
    w[n - 1 - i] = w[i]!;
  }
  const rule = { nodes: t.map((x) => x * Math.SQRT2).reverse(), weights: w.map((x) => x / Math.sqrt(Math.PI)).reverse() };
  rules.set(n, rule);
  return rule;
}

const rules = new Map<number, { nodes: number[]; weights: number[] }>();
