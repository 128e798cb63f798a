// Draws one diagram of a BPMN model as a PNG, as Camunda Modeler shows it (bpmn-js), in headless Chromium.
// Usage: node render.mjs <model.bpmn> <out.png> [collapsed subprocess id, for its own diagram]
// Needs Chromium at /usr/bin/chromium (or CHROMIUM=...); `npm ci` here first. Not run by the build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const [model, out, plane] = process.argv.slice(2);
if (!model || !out) {
  console.error('usage: node render.mjs <model.bpmn> <out.png> [subprocess id]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn.css']
  .map((file) => readFileSync(require.resolve('bpmn-js/dist/assets/' + file), 'utf8')).join('\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><head><style>${css} html, body, #canvas { margin: 0; height: 100%; background: white; } .bjs-drilldown, .bjs-breadcrumbs, .bjs-powered-by { display: none !important; }</style></head>
    <body><div id="canvas"></div></body></html>`);
  await page.addScriptTag({ content: viewer });
  const size = await page.evaluate(async ({ xml, plane }) => {
    const bpmn = new window.BpmnJS({ container: '#canvas' });
    const { warnings } = await bpmn.importXML(xml);
    if (warnings.length) {
      throw new Error(warnings.map((w) => w.message).join('\n'));
    }
    const canvas = bpmn.get('canvas');
    if (plane) {
      canvas.setRootElement(canvas.findRoot(plane + '_plane') || bpmn.get('elementRegistry').get(plane + '_plane'));
    }
    const box = canvas.getActiveLayer().getBBox();
    window.fit = () => canvas.viewbox({ x: box.x - 30, y: box.y - 30, width: box.width + 60, height: box.height + 60 });
    return { width: Math.ceil(box.width + 60), height: Math.ceil(box.height + 60) };
  }, { xml: readFileSync(model, 'utf8'), plane });
  await page.setViewportSize(size);
  await page.evaluate(() => window.fit());
  // CLIP=x,y,width,height draws only that part (to look at a detail).
  const clip = process.env.CLIP && Object.fromEntries(process.env.CLIP.split(',').map((v, i) => [['x', 'y', 'width', 'height'][i], Number(v)]));
  await page.screenshot({ path: out, clip: clip || undefined, fullPage: !clip });
  console.log(`${out}: ${size.width} x ${size.height}`);
} finally {
  await browser.close();
}
