#!/usr/bin/env python3
"""Writes mortality-2005-07.csv: SYNTHETIC mortality data for countdown.

Nothing here is real data. England's death rates and cause mix are rough
shapes of an English period life table of the mid-2000s; Manchester's rates
are England's scaled up cause by cause, with the excess tuned so that the
life-expectancy gap is about 4.0 years for males and 3.0 for females, most
of it from circulatory disease, cancer and respiratory disease. Deaths are
drawn from Poisson distributions with a fixed seed, so running the script
again writes the same file byte for byte.

Counts are three-year pooled (2005, 2006, 2007): deaths are the three
years' total and population_years is three times the yearly population.

Usage: python3 data/generate_mortality.py  (writes next to this script)
"""

import math
import random
import statistics
from pathlib import Path

SEED = 20050607
YEARS_POOLED = 3
TARGET_GAP = {"male": 4.0, "female": 3.0}

BANDS = ["0", "1-4"] + [f"{a}-{a + 4}" for a in range(5, 90, 5)] + ["90+"]
WIDTHS = [1, 4] + [5] * 17 + [None]
CAUSES = ["circulatory", "cancer", "respiratory", "digestive", "external",
          "mental-behavioural", "deaths-under-28-days", "other"]

# Yearly population by band (thousands), scaled to the totals below.
SHAPE = {
    ("England", "male"): [320, 1230, 1540, 1650, 1700, 1650, 1550, 1650, 1900, 1950,
                          1700, 1500, 1600, 1300, 1100, 950, 760, 520, 260, 95],
    ("England", "female"): [305, 1170, 1470, 1570, 1610, 1600, 1540, 1680, 1950, 1990,
                            1740, 1530, 1650, 1360, 1200, 1100, 1000, 820, 530, 290],
    ("Manchester", "male"): [3.9, 14.5, 14.0, 14.0, 16.5, 28.0, 22.0, 17.5, 16.0, 15.0,
                             12.5, 10.5, 9.5, 8.0, 6.5, 5.5, 4.3, 2.9, 1.4, 0.55],
    ("Manchester", "female"): [3.7, 14.0, 13.5, 13.5, 16.5, 27.0, 20.0, 16.0, 14.5, 13.5,
                               11.5, 10.0, 9.0, 8.0, 7.0, 6.5, 5.8, 4.4, 2.7, 1.4],
}
YEARLY_TOTAL = {("England", "male"): 25_000_000, ("England", "female"): 25_800_000,
                ("Manchester", "male"): 220_000, ("Manchester", "female"): 220_000}

# England's all-cause death rates per person-year.
ENGLAND_RATE = {
    "male": [0.0056, 0.00024, 0.00011, 0.00013, 0.00042, 0.00068, 0.00078, 0.00095, 0.00125,
             0.00175, 0.0027, 0.0043, 0.0068, 0.0108, 0.0175, 0.0290, 0.0490, 0.0840, 0.1420, 0.2550],
    "female": [0.0045, 0.00019, 0.00009, 0.00010, 0.00022, 0.00028, 0.00033, 0.00045, 0.00068,
               0.00105, 0.0017, 0.0027, 0.0042, 0.0066, 0.0107, 0.0180, 0.0310, 0.0560, 0.1020, 0.2100],
}

# England's share of deaths by cause in each band (rows are normalised).
CAUSE_MIX = [
    [0.01, 0.01, 0.03, 0.01, 0.02, 0.00, 0.70, 0.22],
    [0.04, 0.18, 0.08, 0.03, 0.20, 0.00, 0.00, 0.47],
    [0.03, 0.25, 0.06, 0.02, 0.24, 0.00, 0.00, 0.40],
    [0.04, 0.22, 0.05, 0.02, 0.30, 0.01, 0.00, 0.36],
    [0.04, 0.10, 0.03, 0.01, 0.60, 0.03, 0.00, 0.19],
    [0.05, 0.08, 0.02, 0.02, 0.62, 0.06, 0.00, 0.15],
    [0.07, 0.10, 0.02, 0.03, 0.55, 0.08, 0.00, 0.15],
    [0.10, 0.14, 0.03, 0.05, 0.45, 0.08, 0.00, 0.15],
    [0.15, 0.18, 0.03, 0.08, 0.34, 0.07, 0.00, 0.15],
    [0.20, 0.24, 0.04, 0.10, 0.22, 0.05, 0.00, 0.15],
    [0.25, 0.30, 0.05, 0.10, 0.12, 0.03, 0.00, 0.15],
    [0.28, 0.36, 0.06, 0.08, 0.07, 0.02, 0.00, 0.13],
    [0.29, 0.40, 0.07, 0.06, 0.04, 0.01, 0.00, 0.13],
    [0.30, 0.42, 0.08, 0.05, 0.02, 0.01, 0.00, 0.12],
    [0.32, 0.40, 0.10, 0.04, 0.015, 0.01, 0.00, 0.115],
    [0.35, 0.35, 0.12, 0.04, 0.01, 0.015, 0.00, 0.115],
    [0.38, 0.28, 0.14, 0.035, 0.01, 0.025, 0.00, 0.12],
    [0.40, 0.21, 0.16, 0.03, 0.01, 0.04, 0.00, 0.15],
    [0.40, 0.15, 0.17, 0.03, 0.01, 0.07, 0.00, 0.17],
    [0.38, 0.10, 0.18, 0.025, 0.01, 0.09, 0.00, 0.215],
]

# Manchester's death rate relative to England, by cause, before tuning.
# Circulatory, cancer and respiratory carry most of the excess.
EXCESS = {"circulatory": 1.50, "cancer": 1.30, "respiratory": 1.80, "digestive": 1.70,
          "external": 1.35, "mental-behavioural": 1.30, "deaths-under-28-days": 1.30, "other": 1.12}


def age_taper(band_index):
    """Local excess mortality is largest at working ages and fades at the oldest."""
    lower = 0 if band_index == 0 else (1 if band_index == 1 else 5 * (band_index - 1))
    if lower >= 85:
        return 0.35
    if lower >= 75:
        return 0.7
    return 1.0


def population_years(population, sex):
    shape = SHAPE[(population, sex)]
    scale = YEARLY_TOTAL[(population, sex)] / sum(shape)
    return [round(YEARS_POOLED * s * scale) for s in shape]


def expected_deaths(population, sex, excess_scale, years):
    table = []
    for b in range(len(BANDS)):
        mix = CAUSE_MIX[b]
        total = sum(mix)
        row = []
        for c, cause in enumerate(CAUSES):
            rate = ENGLAND_RATE[sex][b] * mix[c] / total
            if population == "Manchester":
                rate *= 1 + excess_scale * (EXCESS[cause] - 1) * age_taper(b)
            row.append(rate * years[b])
        table.append(row)
    return table


def poisson_from_uniform(mean, u):
    """One Poisson draw from one uniform, so every cell uses a fixed quantile."""
    if mean <= 0:
        return 0
    if mean > 500:
        return max(0, round(statistics.NormalDist(mean, math.sqrt(mean)).inv_cdf(u)))
    k, p = 0, math.exp(-mean)
    cumulative = p
    while cumulative < u:
        k += 1
        p *= mean / k
        cumulative += p
    return k


def draw(expected, uniforms):
    return [[poisson_from_uniform(m, u) for m, u in zip(row, urow)]
            for row, urow in zip(expected, uniforms)]


def life_expectancy(deaths_by_band, years):
    """Chiang II life expectancy at birth, as in Sources/LifeTables."""
    l, total_l = 100_000.0, 0.0
    for b, (deaths, pop) in enumerate(zip(deaths_by_band, years)):
        rate = deaths / pop
        if WIDTHS[b] is None:
            return (total_l + l / rate) / 100_000.0
        n, a = WIDTHS[b], (0.1 if b == 0 else 0.5)
        q = n * rate / (1 + n * (1 - a) * rate)
        d = l * q
        total_l += n * (l - d + a * d)
        l -= d
    raise AssertionError("no open band")


def main():
    rng = random.Random(SEED)
    uniforms = {key: [[rng.random() for _ in CAUSES] for _ in BANDS]
                for key in [("Manchester", s) for s in ("male", "female")]
                + [("England", s) for s in ("male", "female")]}
    output = {}
    for sex in ("male", "female"):
        england_years = population_years("England", sex)
        england = draw(expected_deaths("England", sex, 0, england_years), uniforms[("England", sex)])
        e_england = life_expectancy([sum(r) for r in england], england_years)
        manchester_years = population_years("Manchester", sex)
        low, high = 0.0, 4.0
        for _ in range(60):  # bisect the excess scale to hit the target gap
            mid = (low + high) / 2
            expected = expected_deaths("Manchester", sex, mid, manchester_years)
            manchester = draw(expected, uniforms[("Manchester", sex)])
            gap = e_england - life_expectancy([sum(r) for r in manchester], manchester_years)
            low, high = (mid, high) if gap < TARGET_GAP[sex] else (low, mid)
        output[("Manchester", sex)] = (manchester_years, manchester)
        output[("England", sex)] = (england_years, england)
        print(f"{sex}: England e0 {e_england:.2f}, gap {gap:.2f}, excess scale {mid:.3f}")
    lines = ["population,sex,age_band,cause,deaths,population_years"]
    for population in ("Manchester", "England"):
        for sex in ("male", "female"):
            years, deaths = output[(population, sex)]
            for b, band in enumerate(BANDS):
                for c, cause in enumerate(CAUSES):
                    lines.append(f"{population},{sex},{band},{cause},{deaths[b][c]},{years[b]}")
    path = Path(__file__).with_name("mortality-2005-07.csv")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} rows to {path.name}")


if __name__ == "__main__":
    main()
