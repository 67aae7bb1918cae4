// Side by side with the npm raptor-journey-planner (2.2.3): the same GTFS feeds, the same service date and the same
// seeded stop-to-stop earliest-arrival queries, answered by our RAPTOR (tools/Rutland.Access.RaptorExport, in
// process, warm) and by the peer (here, in node, warm). Every arrival must be equal; exits 1 if any differs.
// With --record, rewrites RESULTS.md beside this script.
//   node tests/peers/raptor/compare.mjs [--record]      (or: make peers-pt)
// Environment: PAIRS (stop pairs per feed, default 50), SEED (default 20251118), RUTLAND_ACCESS_DATA (inputs).
process.env.TZ = "UTC"; // the peer takes the date's day number in UTC and its weekday in local time: make them agree

import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import planner from "raptor-journey-planner";

const { loadGTFS, RaptorAlgorithmFactory, DepartAfterQuery, JourneyFactory, getDateNumber } = planner;
const { RouteScanner } = createRequire(import.meta.url)("raptor-journey-planner/dist/src/raptor/RouteScanner.js");
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../..");
const inputs = process.env.RUTLAND_ACCESS_DATA ?? path.resolve(repo, "../shared/geodata");
const record = process.argv.includes("--record");
const pairCount = Number(process.env.PAIRS ?? 50);
const seed = Number(process.env.SEED ?? 20251118);
// Early, peak, midday, evening peak and late (trips running past midnight): the answers must differ by time of day.
const departures = ["06:00", "08:30", "12:00", "17:30", "22:00"];
const warmUpMs = 1000;
const timedPasses = 20;

const feeds = [
  // Wednesday inside the weekday calendar; Caltrain's sample has trips past 24:00 and calendar_dates exceptions.
  { name: "caltrain-2016-04-06", zip: path.join(inputs, "gtfs-samples/caltrain-2016-04-06.zip"), date: "2016-04-06" },
  // The default service date our API chooses for this feed (its first busiest Tuesday).
  { name: "rutland-modelled", folder: path.join(repo, "geodata/transit/rutland-modelled"), date: "2025-09-02" },
];

const log = (...a) => console.error("[peers-pt]", ...a);
const work = mkdtempSync(path.join(os.tmpdir(), "peers-raptor-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26, ...options });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** Both engines read the same files: the zip is unpacked for us, a folder is zipped for the peer (it reads zips). */
function prepare(feed) {
  const folder = feed.folder ?? path.join(work, feed.name);
  const zip = feed.zip ?? path.join(work, `${feed.name}.zip`);
  if (feed.zip) {
    run("unzip", ["-q", "-o", feed.zip, "-d", folder]);
    return { folder, zip, trips: path.join(folder, "trips.txt") };
  }
  // Both engines read the same fixed-route copy: the peer has neither GTFS-Flex nor frequencies.txt.
  const fixed = path.join(work, `${feed.name}-fixed`);
  const files = fixedRouteFiles(folder, fixed);
  run("zip", ["-q", "-j", zip, ...files]);
  return { folder: fixed, zip, trips: path.join(fixed, "trips.txt") };
}

/**
 * The feed's .txt files as both engines read them for the comparison: GTFS-Flex on-demand trips (stop_times rows naming
 * a zone and a window) and frequency-based trips (frequencies.txt, which the peer does not read; ours draws unknown
 * phases at random) are dropped with their stop times; frequencies.txt itself is left out. Other files are copied.
 */
function fixedRouteFiles(folder, out) {
  const files = readdirSync(folder).filter(f => f.endsWith(".txt"));
  const stopTimes = readFileSync(path.join(folder, "stop_times.txt"), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(l => l.length);
  const header = fields(stopTimes[0]), stop = header.indexOf("stop_id"), trip = header.indexOf("trip_id");
  const flexTrips = new Set(stopTimes.slice(1).map(fields).filter(f => (f[stop] ?? "").trim() === "").map(f => f[trip]));
  if (files.includes("frequencies.txt")) {
    const frequencies = readFileSync(path.join(folder, "frequencies.txt"), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(l => l.length);
    const column = fields(frequencies[0]).indexOf("trip_id");
    for (const l of frequencies.slice(1)) flexTrips.add(fields(l)[column]);
  }
  mkdirSync(out, { recursive: true });
  const keep = (file, column) => {
    const lines = readFileSync(path.join(folder, file), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(l => l.length);
    const index = fields(lines[0]).indexOf(column);
    writeFileSync(path.join(out, file), [lines[0], ...lines.slice(1).filter(l => !flexTrips.has(fields(l)[index]))].join("\n") + "\n");
  };
  keep("stop_times.txt", "trip_id");
  dropEmptyColumns(path.join(out, "stop_times.txt"));
  keep("trips.txt", "trip_id");
  const copied = files.filter(f => f !== "stop_times.txt" && f !== "trips.txt" && f !== "frequencies.txt");
  for (const f of copied) writeFileSync(path.join(out, f), readFileSync(path.join(folder, f)));
  return [...copied, "stop_times.txt", "trips.txt"].map(f => path.join(out, f));
}

/**
 * Columns that are empty on every row mean their GTFS defaults (an empty pickup_type is 0, a regular pick-up); the peer
 * reads an empty pickup_type as "no pick-up", so the copy leaves such columns out (the flex columns of fixed trips).
 */
function dropEmptyColumns(file) {
  const rows = readFileSync(file, "utf8").split(/\r?\n/).filter(l => l.length).map(fields);
  const used = rows[0].map((_, c) => rows.slice(1).some(r => (r[c] ?? "").trim() !== ""));
  const quote = v => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(file, rows.map(r => r.filter((_, c) => used[c]).map(quote).join(",")).join("\n") + "\n");
}

/** Minimal RFC 4180 line split: enough for stop_times.txt, whose ids may be quoted. */
function fields(line) {
  const out = [];
  let cur = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { out.push(cur); cur = ""; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

function servedStops(folder) {
  const lines = readFileSync(path.join(folder, "stop_times.txt"), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(l => l.length);
  const column = fields(lines[0]).indexOf("stop_id");
  // On-demand (GTFS-Flex) rows name a zone, not a stop: the peer routes fixed trips only, so they are left out here.
  return [...new Set(lines.slice(1).map(l => fields(l)[column].trim()).filter(s => s.length > 0))].sort();
}

/** mulberry32: a tiny seeded generator so the query set is the same on every machine. */
function random(s) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function queriesFor(stops) {
  const next = random(seed);
  const queries = [];
  for (let p = 0; p < pairCount; p++) {
    const from = stops[Math.floor(next() * stops.length)];
    let to;
    do to = stops[Math.floor(next() * stops.length)]; while (to === from);
    for (const d of departures) {
      const [h, m] = d.split(":").map(Number);
      queries.push({ id: queries.length, from, to, departure: h * 3600 + m * 60 });
    }
  }
  return queries;
}

function ours(feed, files, queries) {
  const queryFile = path.join(work, `${feed.name}-queries.csv`);
  const answerFile = path.join(work, `${feed.name}-ours.csv`);
  writeFileSync(queryFile, "query,from_stop,to_stop,departure_seconds\n" +
    queries.map(q => `${q.id},${q.from},${q.to},${q.departure}`).join("\n") + "\n");
  const out = run("dotnet", ["run", "--project", path.join(repo, "tools/Rutland.Access.RaptorExport"), "-c", "Release", "--",
    files.folder, feed.date, queryFile, answerFile], { timeout: 600_000 });
  const timing = JSON.parse(out.trim().split("\n").at(-1));
  const arrivals = new Map(readFileSync(answerFile, "utf8").trim().split("\n").slice(1)
    .map(l => l.split(",")).map(([id, a]) => [Number(id), a === "" ? null : Number(a)]));
  return { timing, arrivals };
}

/**
 * loadGTFS resolves on the parser's 'end', which gtfs-stream 2.x never emits on Node >= 16: every row is delivered and
 * the stream only emits 'finish' (staeco/gtfs-stream#7, planarnetwork/raptor#17). Relay 'finish' as 'end'.
 */
function gtfsZipStream(zip) {
  return {
    pipe(parser) {
      parser.once("finish", () => setImmediate(() => parser.emit("end")));
      return createReadStream(zip).pipe(parser);
    },
  };
}

/**
 * Two boarding faults of 2.2.3, fixed upstream after its release (planarnetwork/raptor#52 and #41; npm has no later
 * version), corrected here so that the check compares the algorithm, not these slips:
 * - RouteScanner remembers, per route, the trip it last found and starts the next search there, for the whole scan.
 *   A later round that re-enters the route needing a later trip then finds none, so the peer misses journeys that use
 *   one route twice (e.g. R1 out, change, R1 back): all 18 differences on the modelled feed. The paper's single sweep
 *   holds only within one traversal of a route (#52); here every search starts from the route's last trip.
 * - scanRoutes boards at any stop already reached without checking that the route picks up there (#41).
 */
const shippedGetTrip = RouteScanner.prototype.getTrip;
RouteScanner.prototype.getTrip = function (routeId, stopIndex, time) {
  if (!this.tripsByRoute[routeId][0].stopTimes[stopIndex].pickUp) return undefined;
  delete this.routeScanPosition[routeId];
  return shippedGetTrip.call(this, routeId, stopIndex, time);
};

/**
 * The peer groups trips into a route by stop pattern and moves a trip that arrives sooner at the last call onto one
 * "overtakes" route, without comparing the calls in between or the trips already there (planarnetwork/raptor#51). Its
 * trip search is only right when a route's trips keep their order at every call: a feed where they do not is one the
 * peer cannot answer, so the check stops rather than compare wrong answers.
 */
function assertTripsOrdered(feed, tripsByRoute) {
  for (const trips of Object.values(tripsByRoute))
    for (let t = 1; t < trips.length; t++)
      trips[t].stopTimes.forEach((call, i) => {
        const before = trips[t - 1].stopTimes[i];
        if (call.departureTime < before.departureTime || call.arrivalTime < before.arrivalTime)
          throw new Error(`${feed.name}: the peer puts ${trips[t].tripId} on one route after ${trips[t - 1].tripId}, which it overtakes at call ${i + 1}`);
      });
}

async function peer(feed, files, queries) {
  const [trips, transfers, interchange] = await loadGTFS(gtfsZipStream(files.zip));
  // The relay must not cut the load short: every trip of trips.txt, each with its stop times.
  const tripRows = readFileSync(files.trips, "utf8").trim().split(/\r?\n/).length - 1;
  if (trips.length !== tripRows || trips.some(t => !t.stopTimes?.length))
    throw new Error(`${feed.name}: the peer loaded ${trips.length} of ${tripRows} trips, or trips without stop times`);
  const date = () => new Date(`${feed.date}T12:00:00Z`);
  // Passing the date pre-filters the trips to those running that day, as our network holds one service date.
  const raptor = RaptorAlgorithmFactory.create(trips, transfers, interchange, date());
  assertTripsOrdered(feed, raptor.routeScannerFactory.tripsByRoute);
  // One search day: a journey must be made on the service date, as ours is.
  const query = new DepartAfterQuery(raptor, new JourneyFactory(), 1);
  // The peer throws for a destination no trip serves that day (e.g. Caltrain's weekend-only stations on a Wednesday);
  // that is an unreachable answer, as ours gives.
  const day = date();
  const servedThatDay = new Set(trips.filter(t => t.service.runsOn(getDateNumber(day), day.getDay())).flatMap(t => t.stopTimes.map(st => st.stop)));
  const answer = () => queries.map(q => {
    if (!servedThatDay.has(q.to)) return null;
    const journeys = query.plan(q.from, q.to, date(), q.departure);
    return journeys.length === 0 ? null : Math.min(...journeys.map(j => j.arrivalTime));
  });
  const arrivals = new Map(answer().map((a, i) => [queries[i].id, a]));
  const warm = performance.now();
  while (performance.now() - warm < warmUpMs) answer();
  const passes = [];
  for (let i = 0; i < timedPasses; i++) {
    const start = performance.now();
    answer();
    passes.push(performance.now() - start);
  }
  passes.sort((a, b) => a - b);
  return { arrivals, msPerQuery: passes[Math.floor(timedPasses / 2)] / queries.length };
}

const clock = s => s == null ? "unreachable" : `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;

const rows = [];
const mismatches = [];
for (const feed of feeds) {
  const files = prepare(feed);
  const stops = servedStops(files.folder);
  const queries = queriesFor(stops);
  log(`${feed.name}: ${stops.length} served stops, ${queries.length} queries on ${feed.date}`);
  const us = ours(feed, files, queries);
  const them = await peer(feed, files, queries);
  let equal = 0, reachable = 0;
  for (const q of queries) {
    const a = us.arrivals.get(q.id), b = them.arrivals.get(q.id);
    if (a === b) equal++;
    else mismatches.push({ feed: feed.name, ...q, ours: a, peer: b });
    if (a != null) reachable++;
  }
  rows.push({ feed: feed.name, date: feed.date, stops: us.timing.stops, trips: us.timing.trips, queries: queries.length, reachable, equal,
    oursMs: us.timing.medianMsPerQuery, peerMs: them.msPerQuery, runtime: us.timing.runtime });
  log(`${feed.name}: equal ${equal}/${queries.length} (reachable ${reachable}); ms/query ours ${us.timing.medianMsPerQuery.toFixed(4)} peer ${them.msPerQuery.toFixed(4)}`);
}

for (const m of mismatches.slice(0, 20))
  log(`MISMATCH ${m.feed} #${m.id} ${m.from} → ${m.to} at ${clock(m.departure)}: ours ${clock(m.ours)}, peer ${clock(m.peer)}`);

const table = [
  "| feed | service date | stops | trips in our day network | queries | reachable | equal | ours ms/query | peer ms/query | peer / ours |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(r => `| ${r.feed} | ${r.date} | ${r.stops} | ${r.trips} | ${r.queries} | ${r.reachable} | ${r.equal} | ${r.oursMs.toFixed(4)} | ${r.peerMs.toFixed(4)} | ${(r.peerMs / r.oursMs).toFixed(1)} |`),
].join("\n");
console.log(table);

// --record rewrites only the measured block of RESULTS.md; the explanations around it are written by hand.
if (record) {
  const osName = readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="(.*)"$/m)?.[1] ?? os.platform();
  const block = [
    "<!-- measured:start -->",
    `- Date: ${new Date().toISOString().slice(0, 16)}Z`,
    `- Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${osName}; load average at the end: ${os.loadavg().map(l => l.toFixed(2)).join(" ")}`,
    `- Runtimes: node ${process.version} (peer); .NET ${rows[0].runtime}, Release (ours)`,
    `- Queries per feed: ${pairCount} seeded (seed ${seed}) stop pairs × departures ${departures.join(", ")}`,
    "",
    table,
    "",
    mismatches.length === 0
      ? `All equal: ${rows.reduce((s, r) => s + r.equal, 0)} of ${rows.reduce((s, r) => s + r.queries, 0)} queries give the same arrival second (unreachable counts as an answer).`
      : `${mismatches.length} queries differ.`,
    "<!-- measured:end -->",
  ].join("\n");
  const file = path.join(here, "RESULTS.md");
  writeFileSync(file, readFileSync(file, "utf8").replace(/<!-- measured:start -->[\s\S]*<!-- measured:end -->/, block));
  log("RESULTS.md written");
}
process.exit(mismatches.length === 0 ? 0 : 1);
