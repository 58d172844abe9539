// Keeps the page alive when a panel fails to render: the failure is named, the rest of the page stays, and
// the learner can reset to the defaults. (React calls only class components' error hooks.)
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message ("the page", "the layer panel"). */
  what: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="notice fatal" role="alert" data-notice="render-error">
        <strong>Something went wrong showing {this.props.what}:</strong> {error.message}{' '}
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>{' '}
        <a href={location.pathname}>Start over with the defaults</a>
      </div>
    );
  }
}
