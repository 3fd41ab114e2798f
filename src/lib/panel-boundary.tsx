/**
 * A panel that throws must not take the page down: React would unmount
 * everything (a blank dashboard, or an embed that shrinks to a hole in the
 * article). The reader gets a message in that panel's place instead; the
 * other panels keep working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What the panel shows, for the message: "the map". */
  name?: string;
  /** Where the reader can go instead (embeds link to the full explorer). */
  explorerUrl?: string;
  /** Changing this value (e.g. the filters) gives the panel another try. */
  resetKey?: unknown;
}

interface State {
  failed: boolean;
  resetKey?: unknown;
}

export class PanelBoundary extends Component<Props, State> {
  state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the cause findable for whoever reports the bug.
    console.warn(`Panel failed: ${error.message}`, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <h2>
          {this.props.name ? `Sorry, ${this.props.name} could not be shown` : 'This panel could not be shown'}
        </h2>
        {this.props.explorerUrl ? (
          <p>
            <a href={this.props.explorerUrl} target="_blank" rel="noopener">
              Open the events in the full explorer
            </a>
          </p>
        ) : (
          <p>The rest of the explorer still works. Changing the filters tries again.</p>
        )}
      </div>
    );
  }
}
