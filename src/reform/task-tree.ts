import type { ReformTask } from './programme.js';

/** A task in the programme's tree: its children in programme order, its depth (0 for a root). */
export interface TaskNode {
  readonly task: ReformTask;
  readonly children: TaskNode[];
  depth: number;
}

/**
 * The programme's tasks as a tree, listed in pre-order: each parent before its children, siblings
 * in programme order. Parents are known to exist (`checkProgramme`).
 */
export function taskTree(tasks: readonly ReformTask[]): TaskNode[] {
  const nodes = new Map<string, TaskNode>(tasks.map((task) => [task.id, { task, children: [], depth: 0 }]));
  const roots: TaskNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.task.parent ?? null;
    if (parent === null) roots.push(node);
    else nodes.get(parent)!.children.push(node);
  }
  // Walked with an explicit stack: a ledger may nest thousands deep, deeper than the call stack allows.
  const order: TaskNode[] = [];
  const stack = roots.slice().reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    order.push(node);
    for (let k = node.children.length - 1; k >= 0; k--) {
      node.children[k]!.depth = node.depth + 1;
      stack.push(node.children[k]!);
    }
  }
  return order;
}
