import PlanModel
import Progress
import Testing

/// Milestone countdowns and slips.
struct MilestoneJudgementTests {
    let milestone = Build.milestone("opt-out", due: "2010-03-31")

    func judge(_ asOf: String, done: String? = nil, history: [String] = [], dueSoonDays: Int = 14)
        -> MilestoneProgress
    {
        Build.judge(asOf, dueSoonDays: dueSoonDays).milestone(
            milestone, plan: "plan", intervention: "work",
            completion: done.map { Completion(date: Build.day($0)) }, dueHistory: history.map(Build.day))
    }

    @Test func upcomingOutsideTheDueSoonWindow() {
        let progress = judge("2010-02-17")  // 42 days to go
        #expect(progress.state == .upcoming && progress.daysToDue == 42 && progress.colour == .green)
        #expect(judge("2010-03-16").state == .upcoming)  // 15 days
    }

    @Test func dueSoonWithinTheWindowIncludingToday() {
        #expect(judge("2010-03-17").state == .dueSoon)  // 14 days
        #expect(judge("2010-03-31").state == .dueSoon)  // today
        #expect(judge("2010-03-31").daysToDue == 0)
        #expect(judge("2010-03-31").colour == .amber)
        #expect(judge("2010-03-30", dueSoonDays: 0).state == .upcoming)
    }

    @Test func overdueCountsTheDaysLate() {
        let progress = judge("2010-04-09")
        #expect(progress.state == .overdue && progress.daysToDue == -9 && progress.colour == .red)
    }

    @Test func doneCountsOnlyOnOrBeforeTheAsOfDate() {
        let late = judge("2010-04-09", done: "2010-04-05")
        #expect(late.state == .done && late.daysLate == 5 && late.colour == .green)
        #expect(judge("2010-04-09", done: "2010-03-20").daysLate == -11)
        // Done on 2010-04-05, judged on 2010-04-01: not yet done, so overdue.
        #expect(judge("2010-04-01", done: "2010-04-05").state == .overdue)
    }

    @Test func aMovedDueDateIsASlip() throws {
        // Revisions had 2010-03-12; the plan now says 2010-03-31: moved once, +19 days.
        let once = try #require(judge("2010-03-01", history: ["2010-03-12"]).slip)
        #expect(once.summary == "moved once, +19 days")
        // 2010-03-12 → 2010-03-20 → 2010-03-31: moved twice, +19 days in all.
        let twice = try #require(judge("2010-03-01", history: ["2010-03-12", "2010-03-20", "2010-03-20"]).slip)
        #expect(twice.moves == 2 && twice.netDays == 19)
        #expect(twice.summary == "moved twice, +19 days")
        #expect(twice.dueDates == ["2010-03-12", "2010-03-20", "2010-03-31"].map(Build.day))
    }

    @Test func slipsCountEveryMoveAndTheNetChange() {
        #expect(
            Slip(history: ["2010-03-31", "2010-04-30", "2010-03-31"].map(Build.day))?.summary
                == "moved twice, net 0 days")
        #expect(Slip(history: ["2010-04-03", "2010-03-31"].map(Build.day))?.summary == "moved once, -3 days")
        #expect(Slip(history: ["2010-03-30", "2010-03-31"].map(Build.day))?.summary == "moved once, +1 day")
        #expect(
            Slip(history: ["2010-01-01", "2010-02-01", "2010-03-01", "2010-01-11"].map(Build.day))?.summary
                == "moved 3 times, +10 days")
        #expect(Slip(history: ["2010-03-31", "2010-03-31"].map(Build.day)) == nil)
        #expect(judge("2010-03-01").slip == nil)
    }
}
