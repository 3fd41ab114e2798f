import { memo, useEffect, useId, useRef, useState } from 'react';

interface Props {
  value: string;
  onChange(value: string): void;
  /** Milliseconds of typing pause before the search applies. */
  delay?: number;
}

/**
 * Free-text search, applied after a pause in typing (or at once on Enter). Memoized: a filter
 * change elsewhere in the panel does not re-render the input (React would rewrite its attributes).
 */
export const SearchBox = memo(function SearchBox({ value, onChange, delay = 300 }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL changed from elsewhere (Clear all, Back): show it.
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(
    function applyAfterPause() {
      if (text === value) return;
      const timer = window.setTimeout(() => onChangeRef.current(text), delay);
      return () => window.clearTimeout(timer);
    },
    [text, value, delay],
  );

  return (
    <form
      className="flt-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (text !== value) onChange(text);
      }}
    >
      <label htmlFor={id}>Search events</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={200}
        placeholder="Titles, quotes, names"
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
      />
    </form>
  );
});
