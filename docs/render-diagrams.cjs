// Draws every processes/*.bpmn with bpmn-js (the renderer of Camunda Modeler and Cockpit) in headless Chromium,
// at scale 1 and cropped to the diagram: docs/diagrams/<process>.png, plus <process>-<subprocess>.png for each
// collapsed subprocess. Run through docs/render-diagrams.sh, which installs the two npm packages it needs.
const { chromium } = require('playwright-core');
const fs = require('fs'), path = require('path');
const [outDir, ...files] = process.argv.slice(2);
const dist = path.join(path.dirname(require.resolve('bpmn-js/package.json')), 'dist');
const viewer = fs.readFileSync(path.join(dist, 'bpmn-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css'].map(f => fs.readFileSync(path.join(dist, 'assets', f), 'utf8')).join('\n');
const MARGIN = 8;
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || 'chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 2400, height: 1800 } });
  await page.setContent(`<html><head><style>${css} html,body,#c{margin:0;width:100%;height:100%;background:#fff}
    .bjs-powered-by,.bjs-breadcrumbs,.bjs-drilldown{display:none!important}</style></head><body><div id="c"></div></body></html>`);
  await page.addScriptTag({ content: viewer });
  fs.mkdirSync(outDir, { recursive: true });
  let failed = false;
  const shoot = async (out) => {
    const box = await page.evaluate((m) => {
      const c = window.viewer.get('canvas'); c.zoom(1); const inner = c.viewbox().inner;
      c.viewbox({ x: inner.x - m, y: inner.y - m, width: 2400, height: 1800 });
      return { width: Math.ceil(inner.width + 2 * m), height: Math.ceil(inner.height + 2 * m) };
    }, MARGIN);
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: Math.min(box.width, 2400), height: Math.min(box.height, 1800) } });
    console.log(`${out} ${box.width}x${box.height}`);
  };
  for (const f of files) {
    const res = await page.evaluate(async (xml) => {
      document.getElementById('c').innerHTML = '';
      window.viewer = new BpmnJS({ container: '#c' });
      try { const r = await window.viewer.importXML(xml); return { warnings: r.warnings.map(w => w.message) }; }
      catch (e) { return { error: e.message }; }
    }, fs.readFileSync(f, 'utf8'));
    if (res.error || res.warnings.length) { console.error(f, JSON.stringify(res)); failed = true; continue; }
    const name = path.basename(f, '.bpmn');
    await shoot(path.join(outDir, `${name}.png`));
    const planes = await page.evaluate(() => window.viewer.get('canvas').getRootElements()
      .map(r => r.id).filter(id => id.endsWith('_plane')));
    for (const p of planes) {
      await page.evaluate((p) => { const c = window.viewer.get('canvas'); c.setRootElement(c.findRoot(p)); }, p);
      await shoot(path.join(outDir, `${name}-${p.replace(/_plane$/, '')}.png`));
    }
  }
  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error(e); process.exit(1); });
