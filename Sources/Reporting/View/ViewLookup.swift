import Mustache

// Templates look values up by name. swift-mustache answers a lookup on a
// type without `MustacheParent` through `Mirror`, which walks the type's
// fields through runtime metadata on every lookup (and on every level of
// the context stack a name is looked for in). These switches answer the
// same names directly.
// `ViewLookupTests` checks that every stored property of every view is
// answered here with its own value, so a field added to a view and
// forgotten here fails a test instead of rendering as nothing.

extension ChangesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "firstReport": firstReport
        case "since": since
        case "summary": summary
        case "plans": plans
        case "hasPlanChanges": hasPlanChanges
        case "workspace": workspace
        case "hasWorkspace": hasWorkspace
        case "actuals": actuals
        case "hasActuals": hasActuals
        case "completions": completions
        case "hasCompletions": hasCompletions
        case "unsynced": unsynced
        case "nothing": nothing
        default: nil
        }
    }
}

extension ChangesView.PlanChangesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "counts": counts
        case "changes": changes
        default: nil
        }
    }
}

extension ChangesView.ChangeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "severity": severity
        case "severityLabel": severityLabel
        case "title": title
        case "before": before
        case "after": after
        case "difference": difference
        case "note": note
        case "sentence": sentence
        default: nil
        }
    }
}

extension ChangesView.ActualView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "address": address
        case "title": title
        case "date": date
        case "value": value
        case "source": source
        case "replaces": replaces
        default: nil
        }
    }
}

extension ChangesView.CompletionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "address": address
        case "title": title
        case "completed": completed
        case "replaces": replaces
        default: nil
        }
    }
}

extension LifeExpectancyView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "intro": intro
        case "rows": rows
        case "plans": plans
        case "modelled": modelled
        case "modelledNote": modelledNote
        case "chart": chart
        case "verdict": verdict
        default: nil
        }
    }
}

extension LifeExpectancyView.SexRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sex": sex
        case "baselineGap": baselineGap
        case "target": target
        case "declared": declared
        case "declaredShare": declaredShare
        case "modelled": modelled
        case "modelledShare": modelledShare
        case "boardDeclared": boardDeclared
        case "boardModelled": boardModelled
        case "addsUp": addsUp
        case "shortBy": shortBy
        default: nil
        }
    }
}

extension LifeExpectancyView.PlanRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "plan": plan
        case "title": title
        case "board": board
        case "onThisBoard": onThisBoard
        case "note": note
        case "declaredMale": declaredMale
        case "declaredFemale": declaredFemale
        case "modelledMale": modelledMale
        case "modelledFemale": modelledFemale
        default: nil
        }
    }
}

extension PlanView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "id": id
        case "title": title
        case "status": status
        case "draft": draft
        case "overview": overview
        case "lead": lead
        case "contributor": contributor
        case "reporting": reporting
        case "period": period
        case "target": target
        case "measures": measures
        case "milestones": milestones
        case "hasMilestones": hasMilestones
        case "tree": tree
        case "partners": partners
        case "hasPartners": hasPartners
        case "risks": risks
        case "hasRisks": hasRisks
        case "riskGrid": riskGrid
        case "impactColumns": impactColumns
        default: nil
        }
    }
}

extension MeasureView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "address": address
        case "title": title
        case "kind": kind
        case "intervention": intervention
        case "state": state
        case "latest": latest
        case "expected": expected
        case "target": target
        case "tolerance": tolerance
        case "forecast": forecast
        case "chart": chart
        default: nil
        }
    }
}

extension MilestoneView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "address": address
        case "title": title
        case "intervention": intervention
        case "owner": owner
        case "due": due
        case "quarter": quarter
        case "state": state
        case "position": position
        case "slip": slip
        default: nil
        }
    }
}

extension PartnerView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "intervention": intervention
        case "organisation": organisation
        case "contribution": contribution
        case "amount": amount
        default: nil
        }
    }
}

extension RiskView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "description": description
        case "likelihood": likelihood
        case "impact": impact
        case "score": score
        case "grade": grade
        case "owner": owner
        case "mitigation": mitigation
        default: nil
        }
    }
}

extension RiskGridRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "likelihood": likelihood
        case "cells": cells
        default: nil
        }
    }
}

extension RiskGridCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "grade": grade
        case "risks": risks
        default: nil
        }
    }
}

extension ReportView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "boardName": boardName
        case "boardID": boardID
        case "areaName": areaName
        case "asOf": asOf
        case "asOfLong": asOfLong
        case "quarter": quarter
        case "period": period
        case "cadence": cadence
        case "previousReport": previousReport
        case "firstReport": firstReport
        case "planCount": planCount
        case "headline": headline
        case "exceptions": exceptions
        case "hasExceptions": hasExceptions
        case "summary": summary
        case "changes": changes
        case "plans": plans
        case "components": components
        case "frameworkTitle": frameworkTitle
        case "rules": rules
        case "legend": legend
        default: nil
        }
    }
}

extension ComponentView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "id": id
        case "title": title
        case "question": question
        default: nil
        }
    }
}

extension RulesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "dueSoonDays": dueSoonDays
        case "graceDays": graceDays
        default: nil
        }
    }
}

extension StateView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "state": state
        case "label": label
        default: nil
        }
    }
}

extension HeadlineView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tiles": tiles
        case "sentence": sentence
        case "measures": measures
        case "milestones": milestones
        case "exceptions": exceptions
        case "lifeExpectancy": lifeExpectancy
        default: nil
        }
    }
}

extension HeadlineView.TileView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "state": state
        case "label": label
        case "count": count
        default: nil
        }
    }
}

extension ExceptionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "kind": kind
        case "kindLabel": kindLabel
        case "plan": plan
        case "planTitle": planTitle
        case "subject": subject
        case "title": title
        case "detail": detail
        case "owner": owner
        default: nil
        }
    }
}

extension SummaryRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "plan": plan
        case "title": title
        case "lead": lead
        case "status": status
        case "draft": draft
        case "direction": direction
        case "directionClass": directionClass
        case "outcomeTitle": outcomeTitle
        case "outcomeState": outcomeState
        case "latest": latest
        case "latestDate": latestDate
        case "expected": expected
        case "target": target
        case "targetDate": targetDate
        case "nextMilestone": nextMilestone
        case "nextMilestoneTitle": nextMilestoneTitle
        case "nextMilestoneDue": nextMilestoneDue
        case "daysToTarget": daysToTarget
        default: nil
        }
    }
}

extension TreeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chart": chart
        case "columns": columns
        case "rows": rows
        case "concerns": concerns
        case "hasConcerns": hasConcerns
        case "key": key
        default: nil
        }
    }
}

extension TreeView.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "title": title
        default: nil
        }
    }
}

extension TreeView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "level": level
        case "lead": lead
        case "cells": cells
        default: nil
        }
    }
}

extension TreeView.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rating": rating
        case "letter": letter
        case "value": value
        case "tip": tip
        default: nil
        }
    }
}

extension TreeView.Concern: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rating": rating
        case "intervention": intervention
        case "component": component
        case "evidence": evidence
        default: nil
        }
    }
}
