// What the interop scripts share: the simulator user's login, and how a script runs and fails.
"use strict";

/** The argument of StartApplicationSession for a user of the simulator. */
function loginRequest(user, password, domain) {
  return {
    applicationInfo: {
      applicationSpecificInfo: {
        "vendorData:userID": user,
        "vendorData:password": password,
        "vendorData:pbxDomain": domain,
      },
    },
    requestedSessionDuration: 120,
  };
}

/** Runs the async main; prints "FAIL ..." and exits 1 when it throws or takes longer than timeoutMs. */
function run(main, timeoutMs) {
  const deadline = setTimeout(() => {
    console.log("FAIL timeout");
    process.exit(1);
  }, timeoutMs);
  main().then(
    () => clearTimeout(deadline),
    (e) => {
      console.log("FAIL " + (e && e.stack ? e.stack : e));
      process.exit(1);
    },
  );
}

module.exports = { loginRequest, run };
