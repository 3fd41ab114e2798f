import { memo, useState } from 'react';
import { FilterOption } from './filter-option';
import type { TopicNode } from './panel-options';
import { pickTabStop } from './roving';
import { useRovingList } from './use-roving-list';

interface Props {
  nodes: TopicNode[];
  onToggle(id: string): void;
}

/**
 * Topics as a tree: a parent's checkbox selects it with all its sub-topics
 * (they show as checked and locked); a parent with a selected sub-topic is
 * shown half-checked and opened. The checkboxes share one tab stop (arrow
 * keys move between the shown topics); the open/close buttons keep theirs.
 */
export const TopicTree = memo(function TopicTree({ nodes, onToggle }: Props) {
  // Only the user's explicit choices; otherwise a node is open when a sub-topic is selected.
  const [choices, setChoices] = useState<Map<string, boolean>>(() => new Map());
  const toggleOpen = (id: string, open: boolean) => setChoices((m) => new Map(m).set(id, open));
  const roving = useRovingList();
  const isOpen = (node: TopicNode) => choices.get(node.id) ?? node.mixed;

  // The shown checkboxes in tree order, for the tab stop.
  const shown: { id: string; enabled: boolean }[] = [];
  const collect = (list: TopicNode[]) => {
    for (const node of list) {
      shown.push({ id: node.id, enabled: !node.impliedBy && (node.count > 0 || node.active) });
      if (isOpen(node)) collect(node.children);
    }
  };
  collect(nodes);
  const stop = pickTabStop(shown, roving.current);

  const render = (list: TopicNode[], level: number) => (
    <ul
      className={level === 0 ? 'flt-options flt-topic-tree' : 'flt-options flt-topic-children'}
      {...(level === 0 ? { onFocus: roving.onFocus, onKeyDown: roving.onKeyDown } : {})}
    >
      {list.map((node) => {
        const open = isOpen(node);
        return (
          <li key={node.id}>
            <div className="flt-topic-row">
              {node.children.length > 0 ? (
                <button
                  type="button"
                  className="flt-topic-toggle"
                  aria-expanded={open}
                  aria-label={`${open ? 'Collapse' : 'Expand'} ${node.label}`}
                  onClick={() => toggleOpen(node.id, !open)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span className="flt-topic-toggle-spacer" />
              )}
              <FilterOption
                option={node}
                onToggle={onToggle}
                impliedBy={node.impliedBy}
                mixed={node.mixed}
                tabbable={node.id === stop}
              />
            </div>
            {open && node.children.length > 0 && render(node.children, level + 1)}
          </li>
        );
      })}
    </ul>
  );
  return render(nodes, 0);
});
