// Writes SCORM 1.2 packages of the built site, for any course system (Moodle, Canvas, Blackboard,
// Open edX, …): `neuron-lab-scorm12.zip` for the whole lesson and `neuron-lab-<widget>-scorm12.zip`
// for each widget alone (its launch opens `index.html?embed=<widget>`). Each zip holds the whole
// site with relative paths, its `imsmanifest.xml` at the root, and no service worker.
//
//   node scripts/scorm-package.mjs [dist/] [out/] [--mastery 80]
//
// With --mastery, the manifest sets `adlcp:masteryscore` (percent): the course then marks the
// learner passed or failed by the score (see docs/teachers.md). Idempotent: the same build gives
// byte-identical zips.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const args = process.argv.slice(2);
const flag = args.indexOf('--mastery');
const mastery = flag >= 0 ? Number(args.splice(flag, 2)[1]) : null;
if (mastery !== null && !(Number.isInteger(mastery) && mastery >= 0 && mastery <= 100)) {
  console.error('--mastery takes a whole percentage from 0 to 100');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const dist = args[0] ?? join(root, 'dist');
const out = args[1] ?? join(root, 'dist-scorm');

/** Every file of the site, as [path relative to dist with '/', bytes]; no service worker. */
function siteFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push([relative(dist, path).split(sep).join('/'), readFileSync(path)]);
    }
  };
  walk(dist);
  const site = files.filter(([name]) => name !== 'sw.js');
  const index = site.find(([name]) => name === 'index.html');
  if (!index) throw new Error(`${dist} has no index.html: build first (trunk build --release)`);
  // The page connects to the course's API only where its index.html says it is a package.
  const html = index[1].toString('utf8');
  const marked = html.replace('<meta charset=utf-8>', '<meta charset=utf-8><meta content=scorm12 name=neuron-lab-delivery>');
  if (marked === html) throw new Error('index.html: no <meta charset=utf-8> to put the package mark after');
  index[1] = Buffer.from(marked, 'utf8');
  return site;
}

/** The embeddable widgets, from each widget's share-menu message in English: [id, title]. */
function widgets() {
  const english = readFileSync(join(root, 'locales', 'en.ftl'), 'utf8');
  return [...english.matchAll(/^share-only-([a-z]+) = Only (.+)$/gm)].map(([, id, what]) => [
    id,
    what.charAt(0).toUpperCase() + what.slice(1),
  ]);
}

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A SCORM 1.2 manifest: one organization, one item, one SCO resource listing every file. */
export function manifest({ id, title, launch, files }) {
  const masteryElement = mastery === null ? '' : `\n        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xml(title)}</title>${masteryElement}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

// CRC-32 (IEEE), for the zip's headers.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of [name, bytes] entries, deflated, with a fixed date (so the same input gives the same bytes). */
function zip(entries) {
  const DOS_TIME = 0;
  const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The site's files a package needs: the lesson's (a widget's package links to the whole lesson),
 * and of the widgets' own binaries and messages (scripts/build-embeds.mjs) only its widget's.
 */
export function forPackage(site, widget) {
  return site
    .filter(([name]) => {
      const own = name.match(/^embed-([a-z]+)-/) ?? name.match(/^locales\/([a-z]+)\//);
      return !own || own[1] === widget;
    })
    .map(([name, bytes]) => {
      if (name !== 'index.html') return [name, bytes];
      // The page's list of binaries names only those the package carries: a link to another
      // widget (`?embed=…` edited by hand) then starts the lesson's binary, which builds it.
      const html = bytes.toString('utf8');
      const list = html.match(/(<script id=["']?bundles["']?[^>]*>)([^<]*)(<\/script>)/);
      if (!list) return [name, bytes];
      const bundles = JSON.parse(list[2]);
      bundles.embeds = Object.fromEntries(Object.entries(bundles.embeds).filter(([w]) => w === widget));
      return [name, Buffer.from(html.replace(list[0], () => `${list[1]}${JSON.stringify(bundles)}${list[3]}`), 'utf8')];
    });
}

function writePackage(name, { id, title, launch }, all, widget = null) {
  const site = forPackage(all, widget);
  const files = site.map(([f]) => f);
  const entries = [['imsmanifest.xml', Buffer.from(manifest({ id, title, launch, files }), 'utf8')], ...site];
  const path = join(out, name);
  writeFileSync(path, zip(entries));
  return path;
}

const site = siteFiles();
mkdirSync(out, { recursive: true });
const written = [writePackage('neuron-lab-scorm12.zip', { id: 'neuron-lab', title: 'Neuron Lab: biological and artificial neurons', launch: 'index.html' }, site)];
for (const [widget, what] of widgets()) {
  written.push(
    writePackage(`neuron-lab-${widget}-scorm12.zip`, { id: `neuron-lab-${widget}`, title: `Neuron Lab: ${what}`, launch: `index.html?embed=${widget}` }, site, widget),
  );
}
for (const path of written) console.log(`${relative(process.cwd(), path)}  ${(statSync(path).size / 1024).toFixed(1)} KB`);
