import * as assert from 'assert';
import { found } from './helpers';

/** The matched texts. */
const hits = (text: string) => found(text).map(([t]) => t);

suite('Vocabulary matcher: no hits inside addresses, paths, targets and tags', () => {
  test('URLs, in Markdown and in code comments', () => {
    assert.deepStrictEqual(hits('See https://microservices.io/patterns/apigateway.html for the API gateway.'), ['API gateway']);
    assert.deepStrictEqual(hits('// https://martinfowler.com/bliki/TechnicalDebt.html explains technical debt'), ['technical debt']);
    assert.deepStrictEqual(hits('<https://example.com/event-sourcing> and (http://x.io/service-mesh).'), []);
    assert.deepStrictEqual(hits('www.service-mesh.com'), []);
  });
  test('e-mail addresses', () => {
    assert.deepStrictEqual(hits('mail api-gateway@example.com or technical.debt@team.io about technical debt'), ['technical debt']);
    assert.deepStrictEqual(hits('@Injectable() class ApiGateway {}'), ['ApiGateway']);
  });
  test('domain names and package paths', () => {
    assert.deepStrictEqual(hits('import "k8s.io/api/core/v1" // refactoring.guru/design-patterns'), []);
    assert.deepStrictEqual(hits('serverless.com hosts Serverless docs'), ['Serverless']);
    assert.deepStrictEqual(hits('this.apiGateway.send(); ASP.NET Core, Node.js and e.g. service mesh'), ['apiGateway', 'service mesh']);
  });
  test('file paths and file names', () => {
    assert.deepStrictEqual(hits('see docs/adr/0001-event-sourcing.md, ./service-mesh/README and /etc/feature-flags/config'), []);
    assert.deepStrictEqual(hits('open `src/api-gateway/` or api_gateway.py'), []);
    assert.deepStrictEqual(hits('blue/green deployment, DDD/NFRs and CQRS/event sourcing'), ['blue/green deployment', 'DDD', 'NFRs', 'CQRS', 'event sourcing']);
    assert.deepStrictEqual(hits('links about DDD/CQRS/ES. and src/ddd/cqrs'), ['DDD', 'CQRS']);
  });
  test('Markdown link destinations and heading anchors, keeping the link text', () => {
    assert.deepStrictEqual(hits('[Back pressure](#backpressure) and [the API gateway](docs/api-gateway.md "API gateway")'), ['Back pressure', 'API gateway']);
    assert.deepStrictEqual(hits('- [Circuit breaker](#circuit-breaker)'), ['Circuit breaker']);
    assert.deepStrictEqual(hits('![modelling with DDD](resources/ddd-starter.jpg) [DDD/CQRS/ES Discord](https://github.com/ddd-cqrs-es/community)'), ['DDD', 'DDD', 'CQRS']);
    assert.deepStrictEqual(hits('## Event sourcing {#event-sourcing}'), ['Event sourcing']);
    assert.deepStrictEqual(hits('jump to #event-sourcing'), []);
  });
  test('HTML attributes, keeping the element text and JSX expressions', () => {
    assert.deepStrictEqual(hits('<a href="/service-mesh" title="service mesh">service mesh</a>'), ['service mesh']);
    assert.deepStrictEqual(hits('<img alt="API gateway" src="gw.png"> <div class="circuit-breaker">'), []);
    assert.deepStrictEqual(hits('<Gateway api={apiGateway} />'), ['apiGateway']);
    assert.deepStrictEqual(hits('if a <b and technical debt > 3'), ['technical debt']);
  });
  test('+tag: lines (code generation markers)', () => {
    assert.deepStrictEqual(hits('// +k8s:required\n// +kubebuilder:validation:Enum=service-mesh\n# +genclient:eventSourcing\n// +optional'), []);
    assert.deepStrictEqual(hits('// +eventual consistency is a trade-off'), ['eventual consistency']);
    assert.deepStrictEqual(hits('+ technical debt (a list item)'), ['technical debt']);
  });
  test('prose and identifiers around the masked parts keep every hit', () => {
    const text = 'Our API gateway (see https://x.io/api-gateway) uses eventual consistency; `apiGateway.route()` and\n// technical debt in k8s.io/service-mesh';
    assert.deepStrictEqual(hits(text), ['API gateway', 'eventual consistency', 'apiGateway', 'technical debt']);
  });
});
