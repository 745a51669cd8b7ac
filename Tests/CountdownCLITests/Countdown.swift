import Foundation
import TestSupport

/// The built countdown, as this target's tests run it, and their Fixtures.
let countdown = CountdownRunner(besideResourcesOf: .module, timeout: 20)
