import Foundation
import TestSupport

/// The built countdown, as this target's tests run it: plain text, and no pull
/// request's base (GitHub Actions sets GITHUB_BASE_REF, which changes the default base).
let countdown = CountdownRunner(besideResourcesOf: .module, environment: ["NO_COLOR": "1", "GITHUB_BASE_REF": ""])
