import { YamlEditor, mapNode, seqNode } from './src/cli/yaml-edit';
const text = `# users.yaml — the lab's research users
id_ranges: { users: { min: 5000, max: 5999 }, groups: { min: 6000, max: 6999 } }

groups:
  - { name: genomics, description: Genomics project }   # PI: Dr X
  # imaging group
  - name: imaging
    description: "Imaging core"

users:
  # Alice, the PI
  - name: alice
    email: alice@example.edu   # work email
    groups: [genomics]
    ssh_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop-with-a-long-name.example.edu
  - name: bob    # postdoc
    shell: '/bin/zsh'
    groups:
      - genomics
      - imaging
  - name: dan
    groups:   # none yet

# trailing comment
`;
const e = new YamlEditor(text);
e.append(['users'], mapNode([['name', 'carol'], ['groups', seqNode(['imaging'], true)], ['ssh_keys', seqNode(['ssh-ed25519 AAAA x@y'], false)]], false));
e.append(['users', 1, 'groups'], 'x');
e.append(['users', 0, 'groups'], 'imaging', true);
e.set(['users', 0], 'shell', '/bin/zsh');
e.set(['users', 1], 'shell', '/bin/bash');
e.append(['users', 2, 'groups'], 'genomics', true);
e.append(['groups'], mapNode([['name', 'new-grp'], ['description', 'A: b']], true));
e.removeItem(['users'], 0);
console.log(e.text);
console.log('-----');
e.removeItem(['users', 0, 'groups'], 0);
e.removeItem(['users', 0, 'groups'], 0);
e.removeItem(['users', 0, 'groups'], 0);
e.delete(['users', 0], 'shell');
e.append(['removed'], mapNode([['name', 'alice'], ['uid', 5000], ['data', 'delete']], true));
e.set([], 'users', seqNode([], true));
console.log(e.text);
const e2 = new YamlEditor('');
e2.append(['users'], mapNode([['name', 'x']], false));
e2.append(['users'], mapNode([['name', 'y'], ['groups', seqNode(['a','b'], true)]], false));
console.log(JSON.stringify(e2.text));
const e3 = new YamlEditor('# only a comment\n');
e3.append(['groups'], mapNode([['name', 'x']], false));
console.log(JSON.stringify(e3.text));
const e4 = new YamlEditor('users:\n- name: a\n  groups:\n  - x\n');
e4.append(['users', 0, 'groups'], 'y');
e4.append(['users'], mapNode([['name', 'b'], ['ssh_keys', seqNode(['k'], false)]], false));
console.log(e4.text);
