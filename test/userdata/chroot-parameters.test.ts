/**
 * Issue 13.6 in a real Debian 12 chroot: parameter values given to `tar` and other commands in
 * post_install are data. The reported value (`--checkpoint=1 --checkpoint-action=exec=...`) is
 * refused before any script exists; an option hidden after the first word reaches tar as one
 * file name; `$(touch /pwned)` and the other shell syntax, written by the renderer into each
 * quoting context, are printed by bash as text and run nothing.
 */
import { TestChroot } from './helpers/chroot';
import { templateFrom } from './helpers/fixtures';
import { explain, provision } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { TemplateCatalog } from '../../src/workspaces/catalog';
import { renderShellTemplate } from '../../src/workspaces/private/shell-render';
import { WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot parameter tests');

let c: TestChroot;

beforeAll(() => {
  if (RUN) c = TestChroot.create('parameters');
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

const TAR = `
name: Tar
slug: tar
description: archives a folder named by a parameter
base: debian-12
package_manager: apt
idle_detection: { enabled: false }
parameters:
  archive: { type: string, default: data }
post_install: |
  mkdir -p /var/tmp/in
  cd /var/tmp/in
  tar -cf /var/tmp/out.tar {{.archive}}
  echo "archived {{.archive}}" > /var/tmp/note
`;

describe('chroot: parameter values never run code', () => {
  test('the reported value is refused at resolution: no script is generated', () => {
    expect(() => templateFrom(TAR, 'tar')).not.toThrow();
    const c2 = () => {
      const cat = new TemplateCatalog();
      cat.addYaml(TAR, 'test/tar.yml');
      return cat.resolve('tar', { archive: '--checkpoint=1 --checkpoint-action=exec=touch /tmp/pwned-param' });
    };
    expect(c2).toThrow(/parameters\.archive: value of parameter "archive" starts with "-".*Fix: remove the leading "-"/);
  });

  test('an option after the first word reaches tar as one file name, and tar runs nothing', () => {
    if (!RUN) return;
    const value = 'data --checkpoint=1 --checkpoint-action=exec=touch pwned-param';
    c.sh(`mkdir -p /var/tmp/in && : > '/var/tmp/in/${value}' && rm -f /var/tmp/in/pwned-param /var/tmp/out.tar`);
    const cat = new TemplateCatalog();
    cat.addYaml(TAR, 'test/tar.yml');
    const ud = WorkspaceUserData.generate({ template: cat.resolve('tar', { archive: value }) });
    const r = provision(c, ud);
    if (r.status !== 0) throw new Error(explain(r));
    expect(c.exists('/var/tmp/in/pwned-param')).toBe(false);
    expect(c.exists('/tmp/pwned-param')).toBe(false);
    expect(c.sh('tar -tf /var/tmp/out.tar')).toBe(`${value}\n`);
    expect(c.read('/var/tmp/note')).toBe(`archived ${value}\n`);
  }, 600_000);

  test('values the model would refuse anyway ($(touch /pwned), backticks, ;, quotes, a line break), as the renderer writes them, are text to bash', () => {
    if (!RUN) return;
    const values = ['$(touch /pwned)', '`touch /pwned`', '; touch /pwned', "'; touch /pwned; '", '"; touch /pwned; "', 'a\ntouch /pwned', '${IFS}$(touch${IFS}/pwned)', '*'];
    const script = [
      'out=/var/tmp/values',
      ': > "$out"',
      "printf '%s\\n' {{.v}} >> \"$out\"",
      "printf '%s\\n' \"in double {{.v}}\" >> \"$out\"",
      "printf '%s\\n' 'in single {{.v}}' >> \"$out\"",
      "printf '%s\\n' \"$(printf '%s' {{.v}})\" >> \"$out\"",
      'tar -cf /var/tmp/v.tar --files-from /dev/null --label {{.v}}',
    ].join('\n');
    for (const v of values) {
      c.sh('rm -f /pwned /var/tmp/values');
      const r0 = renderShellTemplate(script, { v }, () => true);
      expect(r0.problems).toEqual([]);
      const yaml = `name: V\nslug: v\ndescription: d\nbase: debian-12\npackage_manager: apt\nidle_detection: { enabled: false }\npost_install: ${JSON.stringify(r0.text)}\n`;
      const r = provision(c, WorkspaceUserData.generate({ template: templateFrom(yaml, 'v') }));
      if (r.status !== 0) throw new Error(explain(r));
      expect(c.exists('/pwned')).toBe(false);
      expect(c.read('/var/tmp/values')).toBe([v, `in double ${v}`, `in single ${v}`, v.replace(/\n+$/, ''), ''].join('\n'));
      expect(c.sh('tar -tvf /var/tmp/v.tar 2>/dev/null | head -1; tar --test-label -f /var/tmp/v.tar')).toContain(v.split('\n')[0]);
    }
  }, 900_000);
});
