/** Mensajes en español. */

import type { Messages } from "./en";
import { esImport } from "./import/es";
import { esMetrics } from "./metrics/es";
import { esProfiles } from "./profiles/es";

export const es: Messages = {
  addonName: "Social Selling KPIs",
  menu: {
    build: "Crear o actualizar cuadro de mando",
    team: "Crear o actualizar hoja de equipo",
    newMonth: "Nuevo mes",
    newYear: "Nuevo año",
    enterData: "Introducir datos…",
    importExport: "Importar exportación de LinkedIn…",
    refreshCharts: "Actualizar gráficos",
    settings: "Configuración…",
    help: "Ayuda",
  },
  months: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
  monthsLong: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  blocks: {
    branding: "Branding",
    network: "Tamaño y alcance de la red",
    interaction: "Interacción",
    engagement: "Engagement",
    presale: "Preventa",
    business: "Resultados de negocio",
  },
  metrics: {
    ssi: {
      label: "Social Selling Index (SSI)",
      help: "Tu SSI total, tomado de la sección SSI de abajo.",
    },
    profile_level: {
      label: "Nivel del perfil",
      help: "Nivel del perfil según LinkedIn, de principiante a estelar.",
    },
    profile_views: { label: "Visitas al perfil", help: "Quién vio tu perfil en el mes." },
    search_appearances: {
      label: "Apariciones semanales en búsquedas",
      help: "Cuántas veces apareciste en búsquedas, por semana.",
    },
    total_reach: {
      label: "Alcance total",
      help: "Todas las personas a tu alcance: red de 1.er, 2.º y 3.er grado.",
    },
    first_degree: { label: "Conexiones de primer grado", help: "Tus conexiones a final de mes." },
    second_degree: {
      label: "Conexiones de segundo grado",
      help: "Contactos de tus contactos, a final de mes.",
    },
    network_growth: { label: "Crecimiento de la red", help: "Conexiones nuevas en el mes." },
    requests_sent_target: {
      label: "Solicitudes de conexión enviadas a contactos objetivo",
      help: "Solicitudes enviadas en el mes a clientes potenciales.",
    },
    first_degree_target_companies: {
      label: "Conexiones de primer grado en empresas objetivo",
      help: "Conexiones que trabajan en tus cuentas objetivo.",
    },
    target_companies_followed: {
      label: "Empresas objetivo a las que sigues",
      help: "Páginas de empresas objetivo que sigues.",
    },
    requests_received: {
      label: "Solicitudes de conexión recibidas",
      help: "Invitaciones recibidas en el mes.",
    },
    updates_per_week: {
      label: "Actualizaciones en el timeline por semana",
      help: "Publicaciones que compartiste, por semana.",
    },
    actions_on_updates: {
      label: "Acciones sobre las actualizaciones (comentarios, compartir, recomendaciones)",
      help: "Reacciones a tus publicaciones en el mes.",
    },
    followers_gained: { label: "Seguidores conseguidos", help: "Seguidores nuevos en el mes." },
    open_contacts: {
      label: "Contactos que permiten contacto fuera de la red",
      help: "Contactos nuevos que te dieron su e-mail o teléfono.",
    },
    calls_per_week: {
      label: "Llamadas por semana",
      help: "Llamadas semanales a contactos encontrados en LinkedIn.",
    },
    meetings: {
      label: "Visitas (reuniones)",
      help: "Reuniones del mes con contactos de LinkedIn.",
    },
  },
  units: {
    score: "puntuación, 0–100",
    level: "nivel",
    perMonth: "en el mes",
    atMonthEnd: "a final de mes",
    perWeek: "media del mes",
  },
  levels: {
    beginner: "Principiante",
    intermediate: "Intermedio",
    advanced: "Avanzado",
    expert: "Experto",
    all_star: "Estelar",
  },
  pillars: {
    brand: "Establecer tu marca profesional",
    findPeople: "Localizar a la gente adecuada",
    engage: "Interactuar ofreciendo información",
    relationships: "Crear relaciones",
  },
  tiers: {
    below: "Por debajo de líder (< 70)",
    leader: "Líder de LinkedIn (70+)",
    strong: "Nivel recomendado (80+)",
    advanced: "Nivel avanzado (85+)",
    top: "Nivel máximo (90+)",
  },
  nextActions: {
    brand: "Completa todas las secciones del perfil y publica un post o artículo cada semana.",
    findPeople: "Entra a diario, busca a los decisores, visita sus perfiles y guarda leads.",
    engage:
      "Recomienda, comenta y comparte a diario, únete a grupos, mantén la respuesta a InMails en el 10 % o más.",
    relationships:
      "Conecta con decisores de 2.º/3.er grado (nivel VP) y con colegas; mantén la aceptación en el 20 %+.",
  },
  dashboard: {
    overwrittenNote: "Escrito aquí antes de que volviera la fórmula: {value}",
    sheetName: "KPI {year}",
    title: "Cuadro de mando de Social Selling {year}",
    subtitle: "{profile} · escribe tus cifras en las celdas blancas; las grises se calculan.",
    noProfile: "Mi perfil de LinkedIn",
    metric: "Métrica",
    link: "Dónde encontrarla",
    linkLabel: "Abrir en LinkedIn",
    target: "Objetivo",
    year: "Año {year}",
    blockTotal: "Objetivos cumplidos: {block}",
    blockTotalNote:
      "La parte de las métricas de este bloque que alcanzaron su objetivo (columna Objetivo) en el mes; vacío hasta que una métrica tenga objetivo y cifra. El año es la media de los meses.",
    ssiSection: "Social Selling Index (SSI)",
    readingDate: "Última lectura del SSI",
    ssiTotal: "SSI total",
    gap: "Brecha: {pillar}",
    totalGap: "Brecha: SSI total",
    industryAvg: "SSI medio del sector",
    networkAvg: "SSI medio de tu red",
    diffIndustry: "Diferencia con el sector",
    diffNetwork: "Diferencia con tu red",
    industryRank: "Posición en el sector (top %)",
    networkRank: "Posición en tu red (top %)",
    tier: "Nivel alcanzado",
    weakest: "Factor más débil",
    nextAction: "Próximas acciones",
    protection: "Calculado por el complemento Social Selling KPIs",
  },
  log: {
    sheetName: "Registro SSI",
    date: "Fecha",
    total: "SSI total",
    industryAvg: "Media sector",
    networkAvg: "Media red",
    industryRank: "Sector top %",
    networkRank: "Red top %",
    note: "Nota",
    future:
      "Hoy, según el reloj de la hoja de cálculo. Una lectura con fecha posterior se muestra en naranja: el panel, la hoja del equipo y los gráficos la toman a partir de ese día.",
  },
  charts: {
    sheetName: "Gráficos",
    ssiMonthly: "SSI por mes frente al objetivo",
    ssiWeekly: "Lecturas del SSI",
    pillars: "Factores del SSI por mes",
    blockTotals: "Objetivos cumplidos por bloque, %",
    targetsMet: "Objetivos cumplidos",
    gaps: "Brechas por factor, {month}",
    month: "Mes",
    score: "Puntuación",
    target: "Objetivo",
    leader: "Líder de LinkedIn (70)",
    pillar: "Pilar",
    gap: "Brecha",
    total: "Total",
    date: "Fecha",
    latest: "último mes",
    latestMonth: "Este mes",
    weekEnding: "Semana hasta",
  },
  validation: {
    count: "Introduce un número entero igual o mayor que 0.",
    rate: "Introduce un número igual o mayor que 0 (se admiten decimales).",
    pillar: "Introduce una puntuación de factor de 0 a 25 (se admiten decimales).",
    total: "Introduce un SSI de 0 a 100.",
    rank: "Introduce una posición de 0 a 100 (la N de «Top N %»).",
    level: "Elige un nivel de perfil de la lista: {levels}.",
    target: "Introduce un objetivo igual o mayor que 0.",
    date: "Introduce una fecha, p. ej. 2026-11-23.",
  },
  errors: {
    malformed:
      "La barra lateral envió algo que el complemento no puede leer ({field}). Vuelve a abrir la barra lateral e inténtalo de nuevo.",
    commaHint:
      "En inglés la coma separa los miles; escribe los decimales con punto, p. ej. {suggestion}.",
    noteWithoutReading:
      "Una nota pertenece a una lectura del SSI: introduce también los cuatro pilares o borra la nota.",
    dateTooEarly:
      "{value} es anterior a 2014, cuando LinkedIn introdujo el SSI. Introduce una fecha posterior.",
    dateInFuture: "{value} es posterior a hoy ({today}). Introduce el día en que leíste el SSI.",
    settingsLanguage:
      "“{value}” no es uno de los idiomas del complemento: English, Español, Deutsch o Polski.",
    targetCompanyTooLong: "«{name}» tiene {count} caracteres. Usa como mucho 100 por empresa.",
    tooManyTargetCompanies: "{count} empresas objetivo: la lista admite {max} como mucho.",
    carryForward: "Arrastrar cifras debe estar activado o desactivado.",
    notNumber: "«{value}» no es un número. Escribe cifras, p. ej. 21,16 o 21.16.",
    negative: "{value} es negativo. Introduce 0 o más.",
    notWhole: "{value} no es un número entero. Los recuentos no llevan decimales.",
    tooManyDecimals:
      "{value} tiene más de 2 decimales. LinkedIn muestra las puntuaciones con 2: escríbela como allí (p. ej. 21,16).",
    outOfRange: "{value} está fuera de {min}–{max}.",
    level: "«{value}» no es un nivel de perfil. Elige uno de: {levels}.",
    date: "«{value}» no es una fecha. Usa una fecha como 2026-11-23.",
    month: "El mes {value} no existe. Elige un mes del 1 al 12.",
    year: "El año {value} está fuera de 2000–2100.",
    field: "{field}: {problem}",
    unknownField: "«{value}» no es un campo de este formulario.",
    pillarsIncomplete: "Introduce los cuatro factores, o ninguno, para una lectura del SSI.",
    readingWithoutPillars: "Una lectura del SSI necesita sus cuatro factores.",
    fixErrors: {
      one: "No se ha guardado nada. Corrige el campo marcado y guarda de nuevo.",
      other: "No se ha guardado nada. Corrige los {count} campos marcados y guarda de nuevo.",
    },
    busy: "Otra persona está actualizando esta hoja. Inténtalo de nuevo en unos segundos.",
    tooManySheets:
      "Esto necesita {needed} hojas nuevas, pero el archivo ya tiene {present} de {max} como máximo. Elimina las hojas que ya no necesites (las de un perfil archivado o los paneles de años anteriores) y vuelve a intentarlo. No se ha cambiado nada.",
    noDocument:
      "Esto solo funciona dentro de una hoja de cálculo: ábrela y usa Extensiones → Social Selling KPIs (un script ejecutado por separado no tiene documento que bloquear).",
    noDashboard:
      "Aún no hay cuadro de mando para {year}. Usa primero Extensiones → {addon} → {build}.",
    invalidCells: {
      one: "1 celda tiene un valor no válido, se mantiene como lo escribiste: {cells}. Corrígelo para que cuente en los totales.",
      other:
        "{count} celdas tienen valores no válidos, se mantienen como los escribiste: {cells}. Corrígelos para que cuenten en los totales.",
    },
    pasteEmpty:
      "El texto pegado está vacío. En la página del SSI de LinkedIn selecciona todo (Ctrl+A), copia y pégalo aquí.",
    pasteNothing:
      "No se ha encontrado ningún SSI en el texto pegado: parece otra página de LinkedIn. Abre linkedin.com/sales/ssi, copia toda la página (Ctrl+A, Ctrl+C) y pégala de nuevo.",
    pasteMissing: "Rellenado lo encontrado. No encontrado: {missing}. Escríbelo a mano.",
    settingsTarget: "El objetivo del SSI total debe estar entre 1 y 100.",
    notOurs:
      "Ya existe una hoja llamada «{name}» que no creó el complemento. Cámbiale el nombre y vuelve a crear el cuadro.",
    layoutChanged:
      "La estructura de «{name}» se cambió a mano. Usa {build} para repararla y guarda de nuevo.",
  },
  toasts: {
    overwritten: {
      one: "1 celda tenía un valor escrito sobre la fórmula del complemento ({cells}): la fórmula ha vuelto y el valor está en la nota de la celda.",
      other:
        "{count} celdas tenían valores escritos sobre las fórmulas del complemento ({cells}): las fórmulas han vuelto y cada valor está en la nota de su celda.",
    },
    readingAppendedUnsorted:
      "El registro SSI no está en orden de fecha (¿ordenado por otra columna?): la lectura del {day} se ha añadido al final. El panel encuentra las lecturas de cada mes por su fecha, así que todas las cifras siguen bien; ordena el registro por su primera columna para leerlo en orden.",
    logRemade:
      "Faltaba el registro SSI «{name}», así que se ha creado de nuevo: las lecturas anteriores no están en él.",
    dashboardRemade:
      "Faltaba el panel «{name}», así que se ha creado de nuevo con sus rangos con nombre y reglas de color: las cifras escritas antes no están en él.",
    layoutRestored:
      "Han vuelto los rangos con nombre y las reglas de color de «{name}» que se habían eliminado ({names} rangos con nombre, {rules} reglas de color).",
    nameTaken:
      "Una hoja suya se llama «{theirs}», que Sheets cuenta como el mismo nombre, así que la hoja del complemento se llama «{ours}».",
    andMore: "y {count} más",
    rowsRestored: "Las filas del panel que se habían eliminado han vuelto, vacías: {rows}.",
    cleared: "Borrado: {fields}.",
    readingAdded: "Lectura del {day} añadida a {month}.",
    readingUpdated: "Lectura del {day} actualizada en {month} (mismo día, sin segunda fila).",
    built: "El cuadro de mando {year} está listo.",
    newMonth: "{month} de {year} es ahora el mes actual.",
    alreadyCurrent: "{month} de {year} ya es el mes actual.",
    newYear: "El cuadro de mando {year} está listo; {previous} se mantiene como estaba.",
    saved: "Guardado {month} de {year}.",
    chartsRefreshed: "Gráficos actualizados.",
    settingsSaved: "Configuración guardada.",
    done: "Hecho",
    progress: "Aplicando al perfil {done} de {total}…",
    waitingForOther:
      "Hay otra actualización en curso en esta hoja de cálculo: esta espera y sigue sola.",
    stepsLeft:
      "El cambio se está aplicando a todos los perfiles. Deja este panel abierto hasta que termine; si lo cierras, seguirá la próxima vez que lo abras.",
  },
  archive: {
    sheetName: "Archivo {year}",
    headers: ["Perfil", "Año", "Clave", "Métrica", "Objetivo"],
    yearTotal: "Año",
    foldTitle: "¿Hacer sitio reuniendo {year} en una sola hoja?",
    foldQuestion:
      "Los paneles del año que viene necesitan {needed} hojas nuevas, pero el archivo tiene {present} de un máximo de {max}. El complemento puede reunir los {count} paneles de {year}, el año más antiguo, en una sola hoja, «{archive}»: cada cifra queda allí como valor (perfil, métrica, objetivo, cada mes, el año), y después se eliminan esos paneles y la hoja de equipo de {year}. ¿Reunirlos?",
    folded:
      "Los {count} paneles de {year} se reunieron en «{archive}»: cada cifra se conserva allí como valor.",
  },
  prompts: {
    carryForwardTitle: "¿Empezar {month} con las cifras del mes pasado?",
    carryForward:
      "¿Copiar las cifras de stock de {from} (conexiones, alcance, empresas seguidas) en {to} como punto de partida? Las celdas que ya rellenaste se mantienen.",
  },
  sidebar: {
    title: "Introducir datos",
    settingsTitle: "Configuración",
    month: "Mes",
    year: "Año",
    save: "Guardar",
    saving: "Guardando…",
    saved: "Los totales y brechas de abajo son los de la hoja.",
    ssiReading: "Lectura del SSI",
    readingDate: "Fecha de la lectura",
    whereToFind: "Dónde encontrarla",
    paste: "Pegar la página del SSI",
    pasteHint: "En linkedin.com/sales/ssi pulsa Ctrl+A, Ctrl+C y pega aquí.",
    readingTotal: "Total SSI",
    pageTotal:
      "La página dice {total}, los pilares suman {sum}. Revise los pilares o guarde de todos modos.",
    saveAnyway: "Guardar de todos modos",
    sameDay:
      "Ya hay una lectura del {day} guardada: SSI {saved}. Esta: SSI {incoming}. ¿Reemplazar la guardada?",
    replaceReading: "Reemplazarla",
    keepReading: "Conservar la guardada",
    readingKept: "No se ha guardado nada: la lectura del {day} sigue como estaba.",
    nothingToSave:
      "Nada que guardar: no se ha cambiado ninguna cifra ni se ha introducido una lectura.",
    clearAsk: "Al guardar se borrará {fields}. ¿Borrar y guardar?",
    clearAndSave: "Borrar y guardar",
    fillFromPaste: "Rellenar el formulario",
    pasteFound: {
      one: "Encontrada 1 cifra. Revísala y guarda.",
      other: "Encontradas {count} cifras. Revísalas y guarda.",
    },
    results: "Tras guardar",
    noValue: "(ninguno)",
    language: "Idioma",
    profileName: "Nombre del perfil",
    totalTarget: "Objetivo del SSI total",
    carryForward: "Al empezar un mes nuevo, copiar las cifras de stock",
    targetCompanies: "Empresas objetivo",
    targetCompaniesHint:
      "Una por línea. «Vantora GmbH» y «VANTORA» son la misma empresa; «Vantora Labs» es otra.",
    saveSettings: "Guardar configuración",
    close: "Cerrar",
    loading: "Cargando…",
  },
  help: {
    title: "Social Selling KPIs: ayuda",
    body: "1. Crear o actualizar cuadro de mando crea la hoja anual de KPI, el registro SSI y los gráficos.\n2. Introducir datos… abre un formulario para las cifras de un mes y la lectura del SSI de esta semana (puedes pegar la página del SSI de LinkedIn).\n3. La parte de objetivos cumplidos de cada bloque, las brechas, nivel alcanzado y factor más débil son fórmulas: escribe en cualquier celda blanca y se actualizan.\n4. Nuevo mes mueve el resaltado; Nuevo año crea la hoja del año siguiente con tus objetivos.\n5. En cualquier celda: =SSI_GAP(21,16) da 3,84 (todas las funciones, abajo).\n6. Importar exportación de LinkedIn… rellena meses pasados con el archivo de LinkedIn, leído en tu navegador.\n7. Ajustes → Perfiles sigue hasta 30 personas; Crear o actualizar hoja de equipo las compara.\n8. Ajustes → Métricas: muestra las {metrics} o las seis esenciales, añade tus propias métricas y compón el KPI de Social Selling de la empresa (=SOCIAL_KPI en cualquier celda).",
    functions: "Funciones para cualquier celda",
  },
  exportImport: esImport,
  ...esProfiles,
  ...esMetrics,
  functions: {
    notNumber: "{name}: «{value}» no es un número.",
    pillarRange: "{name}: un factor debe estar entre 0 y 25, se recibió {value}.",
    totalRange: "{name}: un SSI total debe estar entre 0 y 100, se recibió {value}.",
    negativeTarget: "{name}: el objetivo debe ser 0 o más, se recibió {value}.",
    shape: "{name}: {what} debe tener la misma forma que las puntuaciones ({rows}×{cols}).",
    fourPillars:
      "{name}: indica los cuatro factores (marca, gente, interacción, relaciones); se recibieron {count} valor(es).",
    kind: "{name}: el tipo debe ser sum, last o average; se recibió «{value}».",
    language: "{name}: el idioma debe ser en, es, de o pl; se recibió «{value}».",
    kpiTarget: "{name}: cada objetivo debe ser un número mayor que 0; se recibió {value}.",
    kpiWeight: "{name}: los pesos deben ser 0 o más y no todos 0; se recibió {value}.",
  },
};
