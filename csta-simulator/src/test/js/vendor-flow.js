// uni-tel's TypeScript sample flow (its vendor page), as plain JavaScript, on the official
// @microsoft/signalr client. Usage: node vendor-flow.js <hubUrl> <user> <password> <domain>
"use strict";
const signalR = require("@microsoft/signalr");
const { loginRequest, run } = require("./script-support");

const [hubUrl, user, password, domain] = process.argv.slice(2);
const waiting = [];
const seen = [];
function record(name, e) {
  seen.push({ name, e });
  for (const w of [...waiting]) {
    if (w.name === name) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(e);
    }
  }
}
function waitFor(name) {
  const i = seen.findIndex((s) => s.name === name);
  if (i >= 0) {
    return Promise.resolve(seen.splice(i, 1)[0].e);
  }
  return new Promise((resolve) => waiting.push({ name, resolve }));
}

async function main() {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(hubUrl)
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  for (const name of ["Delivered", "Established", "ConnectionCleared"]) {
    connection.on(name, (e) => {
      console.log("event " + name + " " + JSON.stringify(e));
      record(name, e);
    });
  }
  await connection.start();
  console.log("connected");

  const session = await connection.invoke("StartApplicationSession", loginRequest(user, password, domain));
  console.log("session " + session.sessionID);

  const monitor = await connection.invoke("MonitorStart", {
    monitorObject: { deviceObject: "u-1-100" },
  });
  console.log("monitor " + monitor.monitorCrossRefID);

  const call = await connection.invoke("MakeCall", {
    callingDevice: "100",
    calledDirectoryNumber: "101",
  });
  const callId = call.callingDevice.callID;
  console.log("call " + callId);

  await waitFor("Delivered");
  await waitFor("Established");

  const cleared = await connection.invoke("ClearConnection", {
    connectionToBeCleared: { callId: callId },
    privateData: { requestId: "request-clearconnection-" + callId },
  });
  console.log("cleared " + JSON.stringify(cleared));
  await waitFor("ConnectionCleared");

  await connection.stop();
  console.log("OK");
}

run(main, 30000);
