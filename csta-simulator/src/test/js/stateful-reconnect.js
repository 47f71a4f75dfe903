// Stateful reconnect with the official @microsoft/signalr client: log in, monitor a device, then
// count the "Tick" events the test pushes (n = 1, 2, ...) while it cuts the socket. Prints
// "ready <connectionId>", then "tick <n>" per event; at the last tick it checks that every tick
// arrived once and in order, makes one more request on the same login and prints
// "after <connectionId>" and "OK". If the connection ends instead it prints "closed ..." and "LOST".
// Usage: node stateful-reconnect.js <hubUrl> <user> <password> <domain> <lastTick>
"use strict";
const signalR = require("@microsoft/signalr");
const { loginRequest, run } = require("./script-support");

const [hubUrl, user, password, domain, last] = process.argv.slice(2);
const lastTick = Number(last);
async function main() {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(hubUrl)
    .withStatefulReconnect()
    .configureLogging(signalR.LogLevel.Error)
    .build();
  const ticks = [];
  let allTicks;
  const ticked = new Promise((resolve) => (allTicks = resolve));
  connection.on("Tick", (e) => {
    ticks.push(e.n);
    console.log("tick " + e.n);
    if (e.n === lastTick) {
      allTicks();
    }
  });
  let ended;
  const closed = new Promise((resolve) => (ended = resolve));
  connection.onclose((e) => {
    console.log("closed " + (e ? e.message : ""));
    ended();
  });

  await connection.start();
  const id = connection.connectionId;
  await connection.invoke("StartApplicationSession", loginRequest(user, password, domain));
  await connection.invoke("MonitorStart", { monitorObject: { deviceObject: "u-1-100" } });
  console.log("ready " + id);

  const outcome = await Promise.race([ticked.then(() => "ticks"), closed.then(() => "closed")]);
  if (outcome === "closed") {
      console.log("LOST");
    return;
  }
  const expected = Array.from({ length: lastTick }, (_, i) => i + 1);
  if (JSON.stringify(ticks) !== JSON.stringify(expected)) {
    console.log("FAIL ticks " + JSON.stringify(ticks));
    process.exit(1);
  }
  // the same login still holds: a monitor needs a session
  const again = await connection.invoke("MonitorStart", {
    monitorObject: { deviceObject: "u-1-101" },
  });
  console.log("after " + connection.connectionId + " " + again.monitorCrossRefID);
  await connection.stop();
  console.log("OK");
}

run(main, 60000);
