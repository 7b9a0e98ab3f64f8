### The vocabulary (the prep doc's terms, src/core/render/terms.ts): the line to try for a term when
### the glossary's own would presume something about the leader, and what stands in for a missing
### definition. A line is made Markdown-safe as a whole after it is said, except terms-try-their-work,
### whose $theirWork is already.

# A term in the leader's own work. $theirWork: their initiative, as said to them.
terms-try-their-work = On { $theirWork }: what convinced you, and what would you do differently now?
# The glossary has no line to try. $term: the term's name in lower case.
terms-try-view = I would value your view on { $term } in our context.
# The glossary's “How did you …?”, asked without presuming. $doing: what followed “How did you”.
terms-try-have-you = Have you had to { $doing }? If so, how did you go about it?
# Any other presuming line gives way to one about your challenge. $term: the term; $topic: the
# challenge (terms-topic-clause), or terms-topic-ours when it is long.
terms-try-start = Where would you start with { $term } for { $topic }?
# The same, with no challenge given.
terms-try-seen = Where have you seen { $term } work well, and where would you be cautious?
# $challenge: the challenge as typed, Markdown-safe, when it is a clause.
terms-topic-clause = the problem that { $challenge }
terms-topic-ours = our challenge
terms-no-definition = No definition yet.
