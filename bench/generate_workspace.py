#!/usr/bin/env python3
"""Write a synthetic countdown workspace for benchmarks: N plans (many areas'
plans under one workspace, about 10 kB each) and M years of monthly actuals
for every measure, deterministic for a seed.

    bench/generate_workspace.py OUT --plans 1000 --years 9 --seed 1

OUT/countdown.yaml, OUT/plans/*.yaml, OUT/actuals.csv (the import exchange
format: measure,date,value,source,note). The plans lint without errors.
"""
import argparse
import datetime
import os
import random

CONTRIBUTORS = [
    ("tobacco-control", "Tobacco control", ["circulatory", "cancer", "respiratory"]),
    ("cvd-secondary-prevention", "CVD secondary prevention", ["circulatory"]),
    ("cvd-acute", "CVD acute management", ["circulatory"]),
    ("cancer", "Cancer", ["cancer"]),
    ("alcohol-harm", "Alcohol harm reduction", ["digestive", "external"]),
    ("seasonal-excess-deaths", "Seasonal excess deaths", ["circulatory", "respiratory"]),
    ("infant-mortality", "Infant mortality", ["deaths-under-28-days"]),
]
COMPONENTS = ["known-efficacy", "cost-effectiveness", "commissioned-volume", "optimal-practice",
              "accessibility", "engaging-the-public", "supported-self-management", "adequate-resourcing"]
SHARES = {"commissioned-volume", "optimal-practice", "accessibility", "engaging-the-public",
          "supported-self-management"}
LEVELS = ["population", "frontline", "community"]
ORGANISATIONS = 20
BOARDS = 20
START = datetime.date(2009, 4, 1)


def month_end(year, month):
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def quarter_ends(years):
    """Quarter-end dates from the period start for `years` years."""
    dates = []
    for quarter in range(years * 4):
        month = START.month + 3 * quarter + 2
        dates.append(month_end(START.year + (month - 1) // 12, (month - 1) % 12 + 1))
    return dates


def person(rng, role):
    return "{ role: %s, organisation: org-%02d }" % (role, rng.randrange(ORGANISATIONS))


def measure_lines(rng, indent, kind, ident, text, unit, years, end):
    better = rng.choice(["lower", "higher"])
    baseline = round(rng.uniform(50, 500), 1)
    change = baseline * rng.uniform(0.02, 0.04) * years
    target = round(baseline - change if better == "lower" else baseline + change, 1)
    middle = round((baseline + target) / 2, 1)
    mid_date = START + (end - START) / 2
    key = "title" if kind == "outcome" else "statement"
    lines = [
        f"id: {ident}",
        f"{key}: {text}",
        f"unit: {unit}",
        f"better: {better}",
        f"baseline: {{ date: {START - datetime.timedelta(days=1)}, value: {baseline}, source: Local return }}",
        f"target: {{ date: {end}, value: {target} }}",
        f"trajectory: [{{ date: {mid_date}, value: {middle} }}]",
        "tolerance: 5%",
    ]
    if kind == "objective":
        lines.insert(6, f"owner: {person(rng, 'Service Manager')}")
    pad = " " * indent
    return [pad + ("- " if kind == "objective" and i == 0 else ("  " if kind == "objective" else "")) + line
            for i, line in enumerate(lines)], (baseline, target)


def plan_text(rng, area, contributor, years, board, milestones_due):
    ident, title, causes = contributor
    plan_id = f"a{area:04d}-{ident}"
    end = milestones_due[-1]
    lines = [
        "schema: 1",
        f"id: {plan_id}",
        f"title: {title} in area {area}",
        f"contributor: {ident}",
        f"board: board-{board:02d}",
        f"lead: {person(rng, 'Consultant in Public Health')}",
        "reporting: quarterly",
        "status: active",
        f"period: {{ start: {START}, end: {end} }}",
        "summary: >",
        f"  A synthetic {title.lower()} plan for benchmark area {area}, with three interventions at",
        "  the population, frontline and community levels, quarterly countdown milestones and a full",
        "  Christmas Tree for every intervention.",
        "",
        "outcome:",
    ]
    outcome, values = measure_lines(
        rng, 2, "outcome", "outcome-rate", f"{title} outcome rate", "per 100,000", years, end)
    lines += outcome
    lines += [
        "",
        "life_expectancy:",
        f"  causes: [{', '.join(causes)}]",
        f"  contribution: {{ male: {rng.uniform(0.001, 0.01):.3f}, female: {rng.uniform(0.001, 0.01):.3f} }}",
        "  basis: Modelled on local mortality",
        "",
        "interventions:",
    ]
    measures = [("outcome-rate", values)]
    for number, level in enumerate(LEVELS, start=1):
        lines += [
            f"  - id: intervention-{number}",
            f"    title: Intervention {number} of the {title.lower()} plan, delivered at {level} level",
            f"    level: {level}",
            f"    lead: {person(rng, 'Programme Lead')}",
            "    partners:",
        ]
        for partner in range(2):
            lines += [
                f"      - organisation: org-{rng.randrange(ORGANISATIONS):02d}",
                "        contribution: Sessions delivered in the most deprived wards",
                f"        amount: {{ value: {rng.randrange(10, 5000)}, unit: sessions a year }}",
            ]
        lines.append("    objectives:")
        for objective in range(1, 4):
            ident_o = f"objective-{number}-{objective}"
            statement = f"Deliver {rng.randrange(100, 9000)} contacts a year by March {end.year}"
            block, values = measure_lines(rng, 6, "objective", ident_o, statement, "contacts", years, end)
            lines += block
            measures.append((ident_o, values))
        lines.append("    milestones:")
        for index, due in enumerate(milestones_due):
            if index % 3 == number - 1:
                lines.append(
                    f"      - {{ id: m-{number}-{index + 1}, title: Quarter {index + 1} milestone for intervention "
                    f"{number}, due: {due}, owner: {person(rng, 'Programme Lead')} }}")
        lines.append("    diagnostic:")
        for component in COMPONENTS:
            rating = rng.choice(["green", "green", "amber", "red"])
            value = f", value: {rng.uniform(0.3, 0.95):.2f}" if component in SHARES else ""
            lines.append(f"      {component}: {{ rating: {rating}, evidence: Local audit of delivery{value} }}")
    lines += ["", "risks:"]
    for risk in range(1, 3):
        lines += [
            f"  - id: risk-{risk}",
            "    description: Capacity in providers falls short of the commissioned volume",
            f"    likelihood: {rng.randrange(1, 6)}",
            f"    impact: {rng.randrange(1, 6)}",
            f"    owner: {person(rng, 'Programme Lead')}",
            "    mitigation: Pool sessions across neighbouring providers",
        ]
    return plan_id, measures, "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--years", type=int, default=9, help="plan period and years of monthly actuals")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-actuals", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    due = quarter_ends(args.years)
    end = due[-1]
    os.makedirs(os.path.join(args.out, "plans"), exist_ok=True)
    with open(os.path.join(args.out, "countdown.yaml"), "w") as config:
        config.write(f"""schema: 1
area: {{ id: benchmark-region, name: Benchmark region }}
comparator: England
period: {{ start: {START}, end: {end} }}
life_expectancy:
  baseline: {{ period: 2005-07, male: 0.5, female: 0.4 }}
  target: {{ reduce_by_percent: 10, by: {end} }}
organisations:
""")
        for org in range(ORGANISATIONS):
            config.write(f"  - {{ id: org-{org:02d}, name: Organisation {org} }}\n")
        config.write("boards:\n")
        for board in range(BOARDS):
            config.write(f"  - {{ id: board-{board:02d}, name: Board {board}, cadence: quarterly }}\n")
        config.write("lint:\n  rules: { red-component: off }\n")
    all_measures = []
    for index in range(args.plans):
        contributor = CONTRIBUTORS[index % len(CONTRIBUTORS)]
        area = index // len(CONTRIBUTORS) + 1
        plan_id, measures, text = plan_text(rng, area, contributor, args.years, index % BOARDS, due)
        with open(os.path.join(args.out, "plans", plan_id + ".yaml"), "w") as plan:
            plan.write(text)
        all_measures += [(f"{plan_id}/{m}", values) for m, values in measures]
    if args.no_actuals:
        return
    months = [month_end(START.year + (START.month - 1 + k) // 12, (START.month - 1 + k) % 12 + 1)
              for k in range(args.years * 12)]
    with open(os.path.join(args.out, "actuals.csv"), "w") as actuals:
        actuals.write("measure,date,value,source,note\n")
        for measure, (baseline, target) in all_measures:
            # On the way from baseline to target, some measures ahead and some behind.
            pace = rng.uniform(0.6, 1.3)
            for index, date in enumerate(months):
                progress = min(1.0, pace * (index + 1) / len(months))
                value = (baseline + (target - baseline) * progress) * rng.uniform(0.97, 1.03)
                actuals.write(f"{measure},{date},{value:.1f},Monthly return,\n")


if __name__ == "__main__":
    main()
