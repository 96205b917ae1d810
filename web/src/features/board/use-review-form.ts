import { useMutation } from '@urql/vue';
import type { CombinedError } from '@urql/core';
import { ref } from 'vue';
import { ReviewRectificationDocument, type PublicRating } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../shared/graphql';

/** The longest comment the server accepts (characters). */
export const COMMENT_MAX = 500;

/** What became of a rating: thanked, refused by the rate limit (with the server's words), or another error. */
export type ReviewOutcome =
  { kind: 'thanked' } | { kind: 'limited'; message: string } | { kind: 'failed'; message: string };

/** Turns the server's answer to `reviewRectification` into what the form shows. */
export function reviewOutcome(error: CombinedError | null | undefined): ReviewOutcome {
  if (!error) {
    return { kind: 'thanked' };
  }
  const message = errorMessage(error) ?? '提交失败，请稍后再试';
  return errorCode(error) === 'RATE_LIMITED' ? { kind: 'limited', message } : { kind: 'failed', message };
}

/** The rating form of one public item: choice, comment, submit, outcome. */
export function useReviewForm(rectificationId: () => string, onThanked: () => void) {
  const rating = ref<PublicRating | ''>('');
  const comment = ref('');
  const outcome = ref<ReviewOutcome | null>(null);
  const { executeMutation, fetching } = useMutation(ReviewRectificationDocument);

  async function submit(): Promise<void> {
    if (!rating.value) {
      outcome.value = { kind: 'failed', message: '请先选择满意、基本满意或不满意' };
      return;
    }
    const text = comment.value.trim();
    const result = await executeMutation({ id: rectificationId(), rating: rating.value, comment: text || null });
    outcome.value = reviewOutcome(result.error);
    if (outcome.value.kind === 'thanked') {
      rating.value = '';
      comment.value = '';
      onThanked();
    }
  }

  return { rating, comment, outcome, submitting: fetching, submit };
}
