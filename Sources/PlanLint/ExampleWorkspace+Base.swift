extension ExampleWorkspace {
    static let baseConfig = entries(
        """
        schema: 1
        area: { id: testshire, name: Testshire }
        comparator: England
        period: { start: 2009-04-01, end: 2011-03-31 }
        life_expectancy:
          baseline: { period: 2005-07, male: 3.0, female: 2.0 }
          target: { reduce_by_percent: 10, by: 2011-03-31 }
        organisations:
          - { id: pct, name: Testshire PCT }
          - { id: council, name: Testshire Council }
        boards:
          - { id: hwb, name: Health and Wellbeing Board, cadence: quarterly }
        """)

    static let basePlan = entries(
        """
        schema: 1
        id: example-plan
        title: Tobacco control
        contributor: tobacco-control
        board: hwb
        lead: { role: Consultant in Public Health, organisation: pct }
        reporting: quarterly
        status: active
        outcome:
          id: smoking-prevalence
          title: Adult smoking prevalence (18+)
          unit: "%"
          better: lower
          baseline: { date: 2009-03-31, value: 26.4 }
          target: { date: 2011-03-31, value: 22.0 }
          trajectory:
            - { date: 2010-03-31, value: 24.2 }
          tolerance: 5%
        life_expectancy:
          causes: [circulatory, cancer, respiratory]
          contribution: { male: 0.35, female: 0.25 }
        interventions:
        """)

    static let baseIntervention = entries(
        """
        id: stop-smoking
        title: Stop-smoking services for routine and manual smokers
        level: frontline
        lead: { role: Stop Smoking Service Manager, organisation: pct }
        partners:
          - { organisation: council, contribution: Workplace sessions, amount: { value: 40, unit: sessions a year } }
        objectives:
        milestones:
          - { id: advisers, title: Six advisers recruited, due: 2009-06-30, owner: { role: Service Manager, organisation: pct } }
          - { id: pharmacies, title: 40 pharmacies signed up, due: 2009-09-30, owner: { role: Service Manager, organisation: pct } }
          - { id: campaign, title: Winter quit campaign launched, due: 2009-12-31, owner: { role: Service Manager, organisation: pct } }
          - { id: review-1, title: Year-one review to the board, due: 2010-03-31, owner: { role: Service Manager, organisation: pct } }
          - { id: workplaces, title: 20 workplaces running sessions, due: 2010-06-30, owner: { role: Service Manager, organisation: council } }
          - { id: outreach, title: Outreach in every ward, due: 2010-09-30, owner: { role: Service Manager, organisation: pct } }
          - { id: campaign-2, title: Second winter campaign launched, due: 2010-12-31, owner: { role: Service Manager, organisation: pct } }
          - { id: review-2, title: Final review to the board, due: 2011-03-31, owner: { role: Service Manager, organisation: pct } }
        diagnostic:
          known-efficacy: { rating: green, evidence: NICE PH10 }
          cost-effectiveness: { rating: green, evidence: Under 1000 pounds per QALY }
          commissioned-volume: { rating: green, evidence: 9000 places commissioned, value: 0.9 }
          optimal-practice: { rating: green, evidence: Quarterly audit of quit rates, value: 0.85 }
          accessibility: { rating: green, evidence: Evening clinics in all wards, value: 0.9 }
          engaging-the-public: { rating: amber, evidence: Uptake rising among men, value: 0.6 }
          supported-self-management: { rating: green, evidence: 12-week follow-up, value: 0.7 }
          adequate-resourcing: { rating: green, evidence: Recurrent funding }
        """)

    static let baseObjective = entries(
        """
        id: quitters
        statement: Deliver 3,400 four-week quitters in 2010/11
        unit: people
        better: higher
        baseline: { date: 2009-03-31, value: 2600 }
        target: { date: 2011-03-31, value: 3400 }
        owner: { role: Stop Smoking Service Manager, organisation: pct }
        """)

    static let secondIntervention = entries(
        """
        id: smokefree-homes
        title: Smokefree homes pledge with community groups
        level: community
        lead: { role: Community Health Development Lead, organisation: council }
        partners:
          - { organisation: council, contribution: Pledge events, amount: { value: 24, unit: events a year } }
        objectives:
          - id: pledges
            statement: Sign 2,000 smokefree homes pledges by March 2011
            unit: pledges
            better: higher
            baseline: { date: 2009-03-31, value: 1200 }
            target: { date: 2011-03-31, value: 2000 }
            owner: { role: Community Health Development Lead, organisation: council }
        milestones:
          - { id: pledge-launch, title: Pledge launched, due: 2009-09-30, owner: { role: Community Health Development Lead, organisation: council } }
        diagnostic:
          known-efficacy: { rating: amber, evidence: Evidence from smokefree homes pilots }
          cost-effectiveness: { rating: green, evidence: Low cost per pledge }
          commissioned-volume: { rating: amber, evidence: 2000 of 3000 homes, value: 0.67 }
          optimal-practice: { rating: green, evidence: One provider, value: 0.9 }
          accessibility: { rating: green, evidence: Events in every ward, value: 0.8 }
          engaging-the-public: { rating: amber, evidence: Pledges rising, value: 0.5 }
          supported-self-management: { rating: amber, evidence: Follow-up calls, value: 0.5 }
          adequate-resourcing: { rating: green, evidence: Funded in the operating plan }
        """)
}
