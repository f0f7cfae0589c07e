import { REAL_DATA_COPY, REAL_DATASETS } from '../../../src/data/real/catalog';

/** The bundled real data sets in the About box: each one's source and licence. */
export function AboutDataSets() {
  return (
    <>
      <h3>Bundled data sets</h3>
      <ul className="hint about__datasets" data-testid="about-datasets">
        {[...REAL_DATASETS.values()].map((info) => (
          <li key={info.kind}>
            {info.title}: {info.source}, <span className="about__url">{info.url}</span>. Licence: {info.licence}.
          </li>
        ))}
      </ul>
      <p className="hint">{REAL_DATA_COPY}</p>
    </>
  );
}
