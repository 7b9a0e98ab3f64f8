/** The file name Create Team Glossary writes. */
export const TEAM_GLOSSARY_FILE = 'team.glossary.yml';

/**
 * A commented team glossary to start from, in Contextive's layout, so the same file serves
 * Contextive users. It parses without problems and holds two example terms to edit or delete.
 */
export function teamGlossaryScaffold(): string {
  return `# Team glossary for Mentorship Prep (and Contextive, which reads the same layout).
#
# Terms here show on hover in every file in this folder and below, come up as completions in
# Markdown, plain text and code comments, and take precedence over the built-in glossary.
# A glossary in a deeper folder takes precedence over this one for the files below it.
#
# Each term needs a name; everything else is optional:
#   definition  what the term means here, in a sentence or two
#   aliases     other spellings and abbreviations that mean the same (matched too)
#   examples    sentences that use the term the way your team does
#   related     names of other terms
#   link        an https:// page with more
#   caseSensitive  true to match the name and aliases only as written (a one-letter
#                  name such as R needs it; other one-letter names are skipped)
# Mentorship Prep also reads whyItMatters (why a senior leader cares), howToSay (a sentence
# to use it in the conversation) and askAnyone (the same question for a leader who may never
# have used the term, used when howToSay asks "How did you…").
#
# The same term may appear in two contexts with different meanings: hovers show both.

contexts:
  - name: Our team
    domainVisionStatement: What this part of the system is for, in one sentence.
    terms:
      - name: Example Term
        definition: Replace this with a term your team uses, and what it means here.
        aliases:
          - example
        examples:
          - We agreed on the Example Term in the design review.
      - name: Platform Team
        definition: The team that owns the shared build, deploy and observability tooling.
        aliases:
          - PT
        whyItMatters: Leaders fund platform work by the delivery speed it buys other teams.
        howToSay: How did you make the case for a platform team before the pain was obvious?
`;
}
