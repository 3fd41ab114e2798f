/**
 * A panel that throws must not take the whole embed down: React would unmount
 * everything, the iframe would shrink to nothing, and the article would show a
 * hole. The reader gets a message and the link to the full explorer instead.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  explorerUrl: string;
}

export class PanelBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <h2>This panel could not be shown</h2>
        <p>
          <a href={this.props.explorerUrl} target="_blank" rel="noopener">
            Open the events in the full explorer
          </a>
        </p>
      </div>
    );
  }
}
