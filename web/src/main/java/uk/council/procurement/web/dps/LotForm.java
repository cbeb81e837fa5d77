package uk.council.procurement.web.dps;

import java.io.Serializable;

import uk.council.procurement.dps.boundary.DpsView;
import uk.council.procurement.dps.entity.CareCategory;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.LotDetails;
import uk.council.procurement.providers.entity.CqcRating;

/** What the lot dialog edits; id and version are set when an existing lot is edited. */
public class LotForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String title;
    private CareSetting careSetting = CareSetting.RESIDENTIAL;
    private CareCategory careCategory;
    private String zone;
    private Integer maxProviders;
    private CqcRating minimumRating = CqcRating.GOOD;
    private boolean admitInadequateSuspended;
    private Integer qualityWeight = uk.council.procurement.dps.entity.Lot.DEFAULT_QUALITY_WEIGHT;
    private java.math.BigDecimal approvalThreshold = uk.council.procurement.dps.entity.Lot.DEFAULT_APPROVAL_THRESHOLD;
    private Integer offerHours = uk.council.procurement.dps.entity.Lot.DEFAULT_OFFER_HOURS;
    private uk.council.procurement.dps.entity.ExtensionApproval extensionApproval =
            uk.council.procurement.dps.entity.ExtensionApproval.LEAD;

    static LotForm of(DpsView.LotView l) {
        var f = new LotForm();
        f.id = l.id();
        f.version = l.version();
        f.code = l.code();
        f.title = l.title();
        f.careSetting = l.careSetting();
        f.careCategory = l.careCategory();
        f.zone = l.zone();
        f.maxProviders = l.maxProviders();
        f.minimumRating = l.minimumRating();
        f.admitInadequateSuspended = l.admitInadequateSuspended();
        f.qualityWeight = l.qualityWeight();
        f.approvalThreshold = l.approvalThreshold();
        f.offerHours = l.offerHours();
        f.extensionApproval = l.extensionApproval();
        return f;
    }

    LotDetails toDetails() {
        return new LotDetails(code, title, careSetting, careCategory, zone, maxProviders, minimumRating,
                admitInadequateSuspended, qualityWeight, approvalThreshold, offerHours, extensionApproval);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public CareSetting getCareSetting() {
        return careSetting;
    }

    public void setCareSetting(CareSetting careSetting) {
        this.careSetting = careSetting;
    }

    public CareCategory getCareCategory() {
        return careCategory;
    }

    public void setCareCategory(CareCategory careCategory) {
        this.careCategory = careCategory;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public Integer getMaxProviders() {
        return maxProviders;
    }

    public void setMaxProviders(Integer maxProviders) {
        this.maxProviders = maxProviders;
    }

    public CqcRating getMinimumRating() {
        return minimumRating;
    }

    public void setMinimumRating(CqcRating minimumRating) {
        this.minimumRating = minimumRating;
    }

    public boolean isAdmitInadequateSuspended() {
        return admitInadequateSuspended;
    }

    public void setAdmitInadequateSuspended(boolean admitInadequateSuspended) {
        this.admitInadequateSuspended = admitInadequateSuspended;
    }

    public Integer getQualityWeight() {
        return qualityWeight;
    }

    public void setQualityWeight(Integer qualityWeight) {
        this.qualityWeight = qualityWeight;
    }

    public java.math.BigDecimal getApprovalThreshold() {
        return approvalThreshold;
    }

    public void setApprovalThreshold(java.math.BigDecimal approvalThreshold) {
        this.approvalThreshold = approvalThreshold;
    }

    public Integer getOfferHours() {
        return offerHours;
    }

    public void setOfferHours(Integer offerHours) {
        this.offerHours = offerHours;
    }

    public uk.council.procurement.dps.entity.ExtensionApproval getExtensionApproval() {
        return extensionApproval;
    }

    public void setExtensionApproval(uk.council.procurement.dps.entity.ExtensionApproval extensionApproval) {
        this.extensionApproval = extensionApproval;
    }

    public uk.council.procurement.dps.entity.ExtensionApproval[] getExtensionApprovals() {
        return uk.council.procurement.dps.entity.ExtensionApproval.values();
    }
}
